/* Back office: the session keep-alive bar and recoverable drafts. No inline scripts (strict CSP). */
(function () {
  'use strict';
  var body = document.body;

  function csrfHeaders() {
    var name = document.querySelector('meta[name="csrf-parameter"]');
    var token = document.querySelector('meta[name="csrf-token"]');
    var h = { 'Accept': 'application/json' };
    if (name && token) { h['X-CSRF-TOKEN'] = token.content; }
    return h;
  }

  /*
   * Keep-alive. The server ends an idle session; this only warns in time. Before warning, and again
   * before declaring the user signed out, it asks the server for the real time left (a read that does
   * not itself extend the session), so activity in another tab is respected.
   */
  function keepAlive() {
    var total = parseInt(body.getAttribute('data-session-seconds'), 10);
    var lead = parseInt(body.getAttribute('data-warning-seconds'), 10);
    var statusUrl = body.getAttribute('data-status-url');
    var keepUrl = body.getAttribute('data-keep-alive-url');
    var bar = document.getElementById('keep-alive');
    var button = document.getElementById('keep-alive-button');
    var seconds = document.getElementById('keep-alive-seconds');
    var signedOut = document.getElementById('signed-out');
    if (!total || !bar || !button || !statusUrl) { return; }
    var timer = null;
    var deadline = 0;

    function schedule(remaining) {
      clearTimeout(timer);
      if (remaining <= 0) { return showSignedOut(); }
      if (remaining > lead) {
        hideBar();
        timer = setTimeout(check, (remaining - lead) * 1000);
      } else {
        showBar(remaining);
      }
    }

    function check() {
      fetch(statusUrl, { credentials: 'same-origin', cache: 'no-store', headers: { 'Accept': 'application/json' } })
        .then(function (r) { return r.ok ? r.json() : { signedIn: false, remaining: 0 }; })
        .then(function (s) {
          // the last answer, visible in the DOM for support and for the browser tests
          body.setAttribute('data-last-status', String(s.signedIn ? s.remaining : 0));
          schedule(s.signedIn ? s.remaining : 0);
        })
        .catch(function () { timer = setTimeout(check, 5000); });
    }

    function showBar(remaining) {
      deadline = Date.now() + remaining * 1000;
      seconds.textContent = String(remaining);
      if (bar.hidden) { bar.hidden = false; }
      tick();
    }

    function tick() {
      var left = Math.max(0, Math.round((deadline - Date.now()) / 1000));
      seconds.textContent = String(left);
      if (left <= 0) { return check(); }
      timer = setTimeout(tick, 1000);
    }

    function hideBar() { bar.hidden = true; }

    function showSignedOut() {
      clearTimeout(timer);
      hideBar();
      signedOut.hidden = false;
      body.classList.add('session-ended');
      document.querySelectorAll('[data-user]').forEach(function (e) { e.textContent = ''; });
    }

    button.addEventListener('click', function () {
      fetch(keepUrl, { method: 'POST', credentials: 'same-origin', cache: 'no-store', headers: csrfHeaders() })
        .then(function (r) {
          if (!r.ok) { throw new Error('HTTP ' + r.status); }
          return r.json();
        })
        .then(function (s) { body.setAttribute('data-kept-alive', String(s.remaining)); schedule(s.remaining); })
        .catch(function () { check(); });
    });

    schedule(total);
  }

  /*
   * Drafts: every <textarea> and [data-draft] field of a form is saved to localStorage while typing,
   * keyed by page and field; on return, when the field holds something else, an offer to restore
   * appears. Kept after submit on purpose: a submit that meets an ended session must not lose the text.
   */
  function drafts() {
    var fields = document.querySelectorAll('textarea, [data-draft]');
    fields.forEach(function (field) {
      var key = 'ntm-draft:' + location.pathname + ':' + (field.getAttribute('data-draft') || field.name || field.id);
      var saved = null;
      try { saved = localStorage.getItem(key); } catch (e) { return; }
      if (saved !== null && saved !== field.value) {
        var offer = document.createElement('p');
        offer.className = 'draft-restore';
        offer.setAttribute('role', 'status');
        offer.textContent = 'Có bản nháp chưa lưu của ô này trên máy bạn.';
        var restore = document.createElement('button');
        restore.type = 'button';
        restore.textContent = 'Khôi phục';
        var discard = document.createElement('button');
        discard.type = 'button';
        discard.textContent = 'Bỏ qua';
        offer.appendChild(restore);
        offer.appendChild(discard);
        field.parentNode.insertBefore(offer, field);
        restore.addEventListener('click', function () {
          field.value = saved;
          field.dispatchEvent(new Event('input', { bubbles: true }));
          offer.remove();
          field.focus();
        });
        discard.addEventListener('click', function () {
          try { localStorage.removeItem(key); } catch (e) { /* storage unavailable */ }
          offer.remove();
        });
      }
      var pending = null;
      field.addEventListener('input', function () {
        clearTimeout(pending);
        pending = setTimeout(function () {
          try { localStorage.setItem(key, field.value); } catch (e) { /* full or unavailable */ }
        }, 300);
      });
    });
  }

  window.NtmDrafts = { attach: drafts };
  if (body.classList.contains('admin')) { keepAlive(); }
  drafts();
})();
