// Forms of several files (form[data-uploads]): a row marked data-dropzone takes files dropped on it into its
// (multiple) file input; the chosen files are listed under the input, each with the problem found before sending
// (empty, too large, not PDF/PNG/JPEG/Office by its first bytes). A form with such a file is not sent: the problems
// are listed at the top of the form. The server checks every file again; without this script the form still works.
(function () {
  'use strict';
  var signatures = [
    [0x25, 0x50, 0x44, 0x46, 0x2D],                   // %PDF-
    [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], // PNG
    [0xFF, 0xD8, 0xFF],                               // JPEG
    [0x50, 0x4B, 0x03, 0x04]                          // ZIP: .docx, .xlsx
  ];

  function startsWith(bytes, magic) {
    if (bytes.length < magic.length) { return false; }
    for (var i = 0; i < magic.length; i++) { if (bytes[i] !== magic[i]) { return false; } }
    return true;
  }

  function problemOf(form, file) {
    var max = parseInt(form.getAttribute('data-max-bytes') || '20971520', 10);
    if (file.size === 0) { return Promise.resolve(form.getAttribute('data-msg-empty')); }
    if (file.size > max) { return Promise.resolve(form.getAttribute('data-msg-large')); }
    return file.slice(0, 8).arrayBuffer().then(function (buffer) {
      var bytes = new Uint8Array(buffer);
      return signatures.some(function (s) { return startsWith(bytes, s); }) ? null : form.getAttribute('data-msg-type');
    });
  }

  function listFor(input) {
    var list = input.parentNode.querySelector('ul.file-list');
    if (!list) {
      list = document.createElement('ul');
      list.className = 'file-list';
      list.setAttribute('data-testid', 'file-list-' + input.id);
      input.insertAdjacentElement('afterend', list);
    }
    return list;
  }

  function render(form, input) {
    var list = listFor(input);
    list.textContent = '';
    var files = Array.prototype.slice.call(input.files || []);
    return Promise.all(files.map(function (file) {
      var item = document.createElement('li');
      item.textContent = file.name;
      list.appendChild(item);
      return problemOf(form, file).then(function (problem) {
        if (problem) {
          item.className = 'bad';
          item.setAttribute('data-problem', problem);
          item.textContent = file.name + ' — ' + problem;
        }
      });
    }));
  }

  function addFiles(input, dropped) {
    var transfer = new DataTransfer();
    Array.prototype.forEach.call(input.files || [], function (f) { transfer.items.add(f); });
    Array.prototype.forEach.call(dropped, function (f) { transfer.items.add(f); });
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }

  Array.prototype.forEach.call(document.querySelectorAll('form[data-uploads]'), function (form) {
    Array.prototype.forEach.call(form.querySelectorAll('input[type=file]'), function (input) {
      input.addEventListener('change', function () { render(form, input); });
    });
    Array.prototype.forEach.call(form.querySelectorAll('[data-dropzone]'), function (zone) {
      var input = zone.querySelector('input[type=file]');
      if (!input) { return; }
      zone.addEventListener('dragover', function (e) { e.preventDefault(); zone.classList.add('dragover'); });
      zone.addEventListener('dragleave', function () { zone.classList.remove('dragover'); });
      zone.addEventListener('drop', function (e) {
        e.preventDefault();
        zone.classList.remove('dragover');
        if (e.dataTransfer && e.dataTransfer.files.length > 0) { addFiles(input, e.dataTransfer.files); }
      });
    });
    form.addEventListener('submit', function (e) {
      var bad = form.querySelectorAll('ul.file-list li.bad');
      var old = form.querySelector('[data-testid=client-errors]');
      if (old) { old.remove(); }
      if (bad.length === 0) { return; }
      e.preventDefault();
      var box = document.createElement('div');
      box.className = 'errors';
      box.setAttribute('role', 'alert');
      box.setAttribute('tabindex', '-1');
      box.setAttribute('data-testid', 'client-errors');
      var intro = document.createElement('p');
      intro.textContent = form.getAttribute('data-msg-problems');
      box.appendChild(intro);
      var list = document.createElement('ul');
      Array.prototype.forEach.call(bad, function (li) {
        var item = document.createElement('li');
        item.textContent = li.textContent;
        list.appendChild(item);
      });
      box.appendChild(list);
      form.insertBefore(box, form.firstChild);
      box.focus();
    });
  });
})();
