import { css } from 'lit';

/** Looks of the shared template pieces in parts.ts. */
export const partStyles = css`
  .glyph {
    display: inline-block;
    vertical-align: middle;
    flex: none;
  }
  .swatch {
    display: inline-block;
    width: 0.8em;
    height: 0.8em;
    border-radius: 2px;
    vertical-align: -0.05em;
    margin-right: 0.3em;
    flex: none;
    /* Keeps dark swatches ("other" is black) visible on dark backgrounds. */
    box-shadow: 0 0 0 1px var(--atn-border);
  }
  .publisher {
    font-weight: 600;
  }
  .source-meta,
  .muted,
  .missing {
    color: var(--atn-text-muted);
  }
  a {
    color: var(--atn-accent);
    overflow-wrap: anywhere;
  }
  .quote {
    margin: 0.3em 0 0.3em 0.2em;
    padding-left: 0.6em;
    border-left: 3px solid var(--atn-border);
    color: var(--atn-text-muted);
    font-style: italic;
  }
  button {
    font: inherit;
    color: inherit;
  }
`;
