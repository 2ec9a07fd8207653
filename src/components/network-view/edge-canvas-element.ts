// The canvas element of the edge layer. Styled through CSSOM, which a strict
// Content-Security-Policy allows; hidden from assistive technology (the edges
// live on in the SVG's description, the table and the kept edge elements).

export function createEdgeCanvas(): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.setAttribute('aria-hidden', 'true');
  canvas.setAttribute('part', 'edge-canvas');
  Object.assign(canvas.style, { position: 'absolute', left: '0', top: '0', pointerEvents: 'none' });
  return canvas;
}
