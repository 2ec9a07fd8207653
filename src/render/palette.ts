// Category colours and the neutral theme tones.
//
// Why these: the 8 Okabe–Ito colours are the usual colour-vision-deficiency-safe
// categorical set. 13 categories need 5 more, so we add darker shades of four
// Okabe–Ito hues (vermillion → brown, reddish purple → plum, bluish green → deep
// teal, blue → navy, orange → ochre) and use Okabe–Ito black for "other". Each
// theme gets its own tone of every hue, adjusted only in lightness until it has at
// least 3:1 contrast against that theme's background (WCAG 1.4.11 for graphics);
// in both themes every pair stays ≥ 18 ΔE (CIE76) apart. Colour is never the only
// cue: the legend, the edge's accessible name and the details panel name the
// category, and status is drawn by line style.
import { CATEGORIES, type Category } from '../data/vocabulary.ts';

export type Theme = 'light' | 'dark';

export const CATEGORY_COLOURS: Readonly<Record<Theme, Readonly<Record<Category, string>>>> = {
  light: {
    'artillery-ammunition': '#D55E00', // vermillion
    drones: '#C68900', // orange, darkened for contrast on white
    'ballistic-missiles': '#CC79A7', // reddish purple
    'cruise-missiles': '#0072B2', // blue
    'fighter-aircraft': '#4A9BC8', // sky blue, darkened
    helicopters: '#009E73', // bluish green
    'air-defence': '#9E962C', // yellow, darkened
    'armoured-vehicles': '#8F3F00', // shade of vermillion
    'artillery-systems': '#8A3F73', // shade of reddish purple
    'production-technology': '#005C4A', // shade of bluish green
    personnel: '#00416A', // shade of blue
    'dual-use-goods': '#7A5C00', // shade of orange
    other: '#000000', // black
  },
  dark: {
    'artillery-ammunition': '#D55E00',
    drones: '#E69F00',
    'ballistic-missiles': '#CC79A7',
    'cruise-missiles': '#0072B2',
    'fighter-aircraft': '#56B4E9',
    helicopters: '#009E73',
    'air-defence': '#F0E442',
    'armoured-vehicles': '#9A521A',
    'artillery-systems': '#934E7E',
    'production-technology': '#247363',
    personnel: '#386B8B',
    'dual-use-goods': '#7F630A',
    other: '#D0D0D0', // black would vanish; a light grey stands in
  },
};

/** Calm greys for everything that is not a category. */
export interface ThemeTones {
  readonly background: string;
  readonly nodeFill: string;
  readonly nodeStroke: string;
  readonly label: string;
  /** Text halo, so labels stay readable over edges. */
  readonly halo: string;
  readonly legendText: string;
  readonly legendLine: string;
}

export const THEME_TONES: Readonly<Record<Theme, ThemeTones>> = {
  light: {
    background: '#FFFFFF',
    nodeFill: '#C9CDD2',
    nodeStroke: '#5F6670',
    label: '#24292F',
    halo: '#FFFFFF',
    legendText: '#3D434A',
    legendLine: '#5F6670',
  },
  dark: {
    background: '#16181D',
    nodeFill: '#4A5059',
    nodeStroke: '#A4ABB5',
    label: '#E6E8EB',
    halo: '#16181D',
    legendText: '#C4C9D0',
    legendLine: '#A4ABB5',
  },
};

export function categoryColour(category: Category, theme: Theme = 'light'): string {
  return CATEGORY_COLOURS[theme][category];
}

/** Categories in display order (CATEGORIES), for legends and marker definitions. */
export function categoriesInOrder(present: Iterable<Category>): Category[] {
  const set = new Set(present);
  return CATEGORIES.filter((c) => set.has(c));
}
