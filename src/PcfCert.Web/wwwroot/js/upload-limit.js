// Refuses, before sending, a file above the page's limit or an empty one, with the page's message in the user's language
// (data-max-bytes, data-too-large, data-empty on the file input). The server checks again; this only spares a long upload
// that the server's request limit would cut off with a bare error.
(function () {
  document.querySelectorAll('input[type=file][data-max-bytes]').forEach(function (input) {
    var note = document.createElement('span');
    note.setAttribute('data-testid', 'upload-limit-message');
    input.insertAdjacentElement('afterend', note);
    input.addEventListener('change', function () {
      var file = input.files && input.files[0];
      var message = '';
      if (file && file.size === 0) { message = input.getAttribute('data-empty'); }
      else if (file && file.size > Number(input.getAttribute('data-max-bytes'))) { message = input.getAttribute('data-too-large'); }
      input.setCustomValidity(message);
      note.textContent = message;
      note.className = message ? 'errors' : '';
    });
  });
})();
