export { AtnFilters } from './filters.ts';
import './define.ts';
