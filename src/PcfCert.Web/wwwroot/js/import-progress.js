// Follows an inventory import: polls its status and fills the progress bar; reloads the page when it is done.
(function () {
  var box = document.querySelector('[data-import-status]');
  if (!box) { return; }
  var url = box.getAttribute('data-import-status');
  var bar = box.querySelector('progress');
  var text = box.querySelector('[data-testid=import-rows]');
  function poll() {
    fetch(url, { credentials: 'same-origin' }).then(function (r) { return r.json(); }).then(function (s) {
      bar.max = Math.max(1, s.totalRows);
      bar.value = s.rowsRead;
      text.textContent = s.rowsRead + ' / ' + s.totalRows;
      if (s.status === 'Running') {
        setTimeout(poll, 400);
      } else {
        window.location.href = box.getAttribute('data-done');
      }
    }).catch(function () { setTimeout(poll, 1000); });
  }
  poll();
})();
