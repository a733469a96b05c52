// Asks before an action that cannot be undone: a button (or form) with data-confirm shows its sentence, and the
// form is sent only when the user agrees. A static file, so that the pages need no inline script.
document.addEventListener('click', function (event) {
    var button = event.target.closest('button[data-confirm], input[type=submit][data-confirm]');
    if (button && !window.confirm(button.getAttribute('data-confirm'))) {
        event.preventDefault();
    }
});
