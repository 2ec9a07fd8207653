/*! arms-transfer-network embed loader (MIT): sizes <iframe data-atn-embed> to the height its page reports. */
(function (w, d) {
  if (w.atnEmbedLoader) return;
  w.atnEmbedLoader = 1;
  w.addEventListener('message', function (e) {
    var m = e.data, h, f, i;
    if (!m || typeof m !== 'object' || m.type !== 'atn-embed-height') return;
    h = Math.ceil(Number(m.height));
    if (!(h > 0 && h < 1e5)) return;
    f = d.querySelectorAll('iframe[data-atn-embed]');
    // Only the iframe whose window sent the message: no other frame can resize it.
    for (i = 0; i < f.length; i++) {
      if (f[i].contentWindow === e.source) {
        f[i].style.height = h + 'px';
        f[i].setAttribute('height', String(h));
        return;
      }
    }
  });
})(window, document);
