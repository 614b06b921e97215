// Questions per topic: the upvote "Cũng muốn biết" is a plain form post that works without JavaScript; this sends
// it in the background (Accept: application/json) and updates the count in place, keeping the reader where they are.
(function () {
  'use strict';
  document.querySelectorAll('form[data-ask-vote]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (!window.fetch || !window.FormData) {
        return;
      }
      event.preventDefault();
      var button = form.querySelector('button');
      var count = form.querySelector('[data-upvotes]');
      if (button) {
        button.disabled = true;
      }
      fetch(form.action, {
        method: 'POST',
        body: new URLSearchParams(new FormData(form)),
        headers: { 'Accept': 'application/json' },
        credentials: 'same-origin'
      }).then(function (response) {
        return response.json().then(function (data) {
          return { ok: response.ok, data: data };
        });
      }).then(function (result) {
        if (count && typeof result.data.upvotes === 'number') {
          count.textContent = result.data.upvotes.toLocaleString('vi-VN') + ' người cũng muốn biết';
        }
        var note = document.createElement('span');
        note.className = 'hint';
        note.setAttribute('role', 'status');
        note.textContent = result.ok ? 'Bạn đã bình chọn' : result.data.message;
        if (button) {
          button.replaceWith(note);
        } else {
          form.appendChild(note);
        }
      }).catch(function () {
        // fall back to the plain form post
        form.submit();
      });
    });
  });
})();
