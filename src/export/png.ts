// PNG from an exported SVG, in the browser: the SVG is drawn by the browser's own
// renderer (an <img> from a Blob URL) onto a canvas at `scale` × pixel density.
// Browser-only (Image, canvas); the SVG text itself comes from exportSvg.

export interface PngOptions {
  /** Device pixels per SVG unit. Default 2 (sharp on high-density screens and in print). */
  readonly scale?: number;
}

/** The root's width and height attributes, in SVG units. */
function svgSize(svgText: string): { width: number; height: number } {
  const root = new DOMParser().parseFromString(svgText, 'image/svg+xml').documentElement;
  const width = Number.parseFloat(root.getAttribute('width') ?? '');
  const height = Number.parseFloat(root.getAttribute('height') ?? '');
  if (!(width > 0 && height > 0)) throw new Error('exportPng: the SVG needs positive width and height attributes');
  return { width, height };
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('exportPng: the browser could not draw the SVG'));
    img.src = url;
  });
}

export async function exportPng(svgText: string, options: PngOptions = {}): Promise<Blob> {
  const scale = options.scale ?? 2;
  if (!(scale > 0 && Number.isFinite(scale))) throw new Error('exportPng: scale must be a positive number');
  const { width, height } = svgSize(svgText);
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = await loadImage(url);
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('exportPng: no 2D canvas context');
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('exportPng: canvas gave no PNG'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
