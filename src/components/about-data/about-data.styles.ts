import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    line-height: 1.45;
    max-width: 70ch;
  }
  h2 {
    font-size: 1.1rem;
    margin: 0 0 0.4rem;
  }
  h3 {
    font-size: 0.98rem;
    margin: 1rem 0 0.3rem;
  }
  p {
    margin: 0.3rem 0;
  }
  dl {
    margin: 0;
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.2rem 0.8rem;
  }
  dt {
    font-weight: 600;
    display: flex;
    align-items: center;
    gap: 0.4rem;
  }
  dd {
    margin: 0;
  }
  @media (max-width: 480px) {
    dl {
      grid-template-columns: 1fr;
    }
    dd {
      margin-bottom: 0.3rem;
    }
  }
  .download {
    display: inline-flex;
    align-items: center;
    min-height: 36px;
    padding: 0 0.8rem;
    border: 1px solid var(--atn-accent);
    border-radius: var(--atn-radius);
    text-decoration: none;
    font-weight: 600;
  }
  ul {
    margin: 0.2rem 0;
    padding-left: 1.2rem;
  }
`;
