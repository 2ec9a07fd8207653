// Tells the parent page how tall this document is, whenever that changes.
import { heightMessages } from './height-messages.ts';

export interface HeightTarget {
  postMessage(message: unknown, targetOrigin: string): void;
}

/**
 * Observes the root element and posts its height to `target` (the parent window) on
 * every change. Target origin '*': the embedding page's origin is unknown (any newsroom)
 * and the message carries only a number and the id the parent chose, nothing secret.
 * Returns a function that stops observing.
 */
export function startAutoHeight(doc: Document, target: HeightTarget, id: string | null): () => void {
  const root = doc.documentElement;
  let last = -1;
  const post = (): void => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    for (const message of heightMessages(height, id)) target.postMessage(message, '*');
  };
  const observer = new ResizeObserver(post);
  observer.observe(root);
  post();
  return () => observer.disconnect();
}
