import { define } from '../shared/define.ts';
import { AtnFilters } from './filters.ts';

define('atn-filters', AtnFilters);

declare global {
  interface HTMLElementTagNameMap {
    'atn-filters': AtnFilters;
  }
}
