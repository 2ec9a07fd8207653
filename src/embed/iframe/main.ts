// embed.html: one full-width widget configured from the query string, reporting its
// height to the parent page. No wheel, touch or scroll handlers here: the wheel must
// scroll the host article (the widget itself zooms only with ctrl/cmd + wheel).
import '../define.ts';
import '../all-exporters.ts';
import '../../components/network-view/canvas-layer.ts';
import { childId, embedAttributes } from './params.ts';
import { startAutoHeight } from './auto-height.ts';
import { workerLayout } from '../layout-client.ts';

const params = new URLSearchParams(location.search);
const widget = document.createElement('arms-transfer-network');
widget.layoutStrategy = workerLayout; // large graphs off the main thread
for (const [name, value] of Object.entries(embedAttributes(params))) widget.setAttribute(name, value);
document.body.append(widget);

if (window.parent !== window) startAutoHeight(document, window.parent, childId(params));
