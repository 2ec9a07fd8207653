// The height messages embed.html posts to its parent, in the three shapes that common
// auto-resize scripts understand (docs/embedding.md lists them):
//   - Pym.js:  "pymxPYMx<childId>xPYMxheightxPYMx<px>"   (only when a childId was given)
//   - AMP:     { sentinel: 'amp', type: 'embed-size', height }   (amp-iframe `resizable`)
//   - ours:    { type: 'atn-embed-height', height, id }   (public/embed-loader.js)

export interface AtnHeightMessage {
  readonly type: 'atn-embed-height';
  readonly height: number;
  readonly id: string | null;
}

export interface AmpHeightMessage {
  readonly sentinel: 'amp';
  readonly type: 'embed-size';
  readonly height: number;
}

export type HeightMessage = string | AtnHeightMessage | AmpHeightMessage;

/** Pym.js message string (pym.js's _makeMessage: 'pym' + 'xPYMx' + id + 'xPYMx' + type + 'xPYMx' + value). */
export function pymMessage(id: string, height: number): string {
  return ['pym', id, 'height', String(height)].join('xPYMx');
}

/** All messages for one height, in a fixed order. Heights are whole CSS pixels, rounded up so nothing is cut off. */
export function heightMessages(rawHeight: number, id: string | null): HeightMessage[] {
  const height = Math.max(0, Math.ceil(rawHeight));
  const messages: HeightMessage[] = [
    { type: 'atn-embed-height', height, id },
    { sentinel: 'amp', type: 'embed-size', height },
  ];
  if (id !== null) messages.push(pymMessage(id, height));
  return messages;
}
