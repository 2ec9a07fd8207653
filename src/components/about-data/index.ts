export { AtnAboutData } from './about-data.ts';
import './define.ts';
