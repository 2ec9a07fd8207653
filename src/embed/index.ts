// The widget bundle's entry: registers <arms-transfer-network> (once, even if the
// script is loaded twice) and exports its class and types for module users.
import './define.ts';
export { registerDataExporters, type DataExporter, type DataExportKind } from './data-exporters.ts';
export { ArmsTransferNetwork, mainThreadLayout, type Controls, type LayoutStrategy, type ThemeSetting } from './widget.ts';
export type * from '../components/shared/events.ts';
