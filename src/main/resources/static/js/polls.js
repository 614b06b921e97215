// "Thăm dò ý kiến" sidebar block: the block's HTML is the same for every reader (it sits in cached pages), so it
// carries no CSRF token and, without JavaScript, opens the poll's page with the choice ticked for confirmation.
// With JavaScript the vote is sent in one step: the poll page is fetched for its token, then the vote is posted.
(function () {
  document.querySelectorAll('form[data-poll-block]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      var chosen = Array.prototype.map.call(form.querySelectorAll('input[name="chon"]:checked'), function (i) { return i.value; });
      if (!chosen.length || !window.fetch || !window.DOMParser) {
        return;
      }
      event.preventDefault();
      fetch(form.getAttribute('action'), { credentials: 'same-origin' })
        .then(function (r) { return r.text(); })
        .then(function (html) {
          var page = new DOMParser().parseFromString(html, 'text/html');
          var token = page.querySelector('form[data-poll-vote] input[type="hidden"]');
          if (!token) {
            form.submit();
            return;
          }
          var post = document.createElement('form');
          post.method = 'post';
          post.action = form.getAttribute('data-vote-action');
          post.hidden = true;
          [[token.name, token.value]].concat(chosen.map(function (v) { return ['chon', v]; })).forEach(function (pair) {
            var input = document.createElement('input');
            input.type = 'hidden';
            input.name = pair[0];
            input.value = pair[1];
            post.appendChild(input);
          });
          document.body.appendChild(post);
          post.submit();
        })
        .catch(function () { form.submit(); });
    });
  });
})();
