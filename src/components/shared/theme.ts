// Design tokens shared by every component, as CSS custom properties that hosts can
// override (--atn-*). Light by default; dark under [theme="dark"] or, with
// theme="auto", under prefers-color-scheme: dark.
import { css } from 'lit';

/** The dark palette, shared by theme="dark" and theme="auto" under a dark system scheme. */
const dark = css`
    --atn-bg: #16181b;
    --atn-surface: #1f2226;
    --atn-text: #e8e9eb;
    --atn-text-muted: #a4a9b0;
    --atn-border: #3a3e44;
    --atn-focus: #7cb8ff;
    --atn-node-fill: #2b2f34;
    --atn-node-stroke: #9aa0a7;
    --atn-accent: #56b4e9;
    --atn-danger: #ff8a80;
    --atn-shadow: 0 4px 16px rgb(0 0 0 / 0.5);
    color-scheme: dark;
`;

export const tokens = css`
  :host {
    --atn-font: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
    --atn-font-size: 14px;
    --atn-bg: #ffffff;
    --atn-surface: #f6f6f4;
    --atn-text: #1f2328;
    --atn-text-muted: #5b6168;
    --atn-border: #d5d7da;
    --atn-focus: #0057b8;
    --atn-node-fill: #e9eaec;
    --atn-node-stroke: #6b7178;
    --atn-accent: #0072b2;
    --atn-danger: #b3261e;
    --atn-radius: 6px;
    --atn-shadow: 0 4px 16px rgb(0 0 0 / 0.14);
    color-scheme: light;
    font-family: var(--atn-font);
    font-size: var(--atn-font-size);
    color: var(--atn-text);
  }
  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${dark}
    }
  }
  :focus-visible {
    outline: 2px solid var(--atn-focus);
    outline-offset: 2px;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
`;
