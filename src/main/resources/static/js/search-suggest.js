// Suggestions for the header search box: the ARIA 1.2 combobox pattern (an input with a listbox popup).
// Without JavaScript the box is a plain GET form to /tim-kiem. Up/Down move through the suggestions, Enter opens
// the chosen one (or submits the form when none is chosen), Escape closes the list (a second Escape clears).
(function () {
  'use strict';
  var input = document.querySelector('input[data-suggest]');
  if (!input || !window.fetch) { return; }
  var endpoint = input.getAttribute('data-suggest');
  var form = input.form;
  var list = document.createElement('ul');
  list.id = 'site-search-suggestions';
  list.className = 'suggest-list';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', 'Gợi ý tìm kiếm');
  list.hidden = true;
  form.appendChild(list);
  var status = document.createElement('span');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  form.appendChild(status);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', list.id);

  var items = [];
  var active = -1;
  var timer = null;
  var asked = '';
  var controller = null;

  function close() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function select(index) {
    var options = list.children;
    for (var i = 0; i < options.length; i++) {
      options[i].setAttribute('aria-selected', i === index ? 'true' : 'false');
    }
    active = index;
    if (index >= 0) {
      input.setAttribute('aria-activedescendant', options[index].id);
      options[index].scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function show(found) {
    items = found;
    list.textContent = '';
    found.forEach(function (item, i) {
      var li = document.createElement('li');
      li.id = 'site-search-option-' + i;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      li.textContent = item.title;
      li.addEventListener('mousedown', function (e) { e.preventDefault(); });
      li.addEventListener('click', function () { go(i); });
      list.appendChild(li);
    });
    active = -1;
    input.removeAttribute('aria-activedescendant');
    if (found.length > 0) {
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      status.textContent = found.length + ' gợi ý. Dùng phím mũi tên lên, xuống để chọn.';
    } else {
      close();
      status.textContent = '';
    }
  }

  function go(i) {
    var url = items[i] && items[i].url;
    if (url && url.charAt(0) === '/' && url.charAt(1) !== '/') {
      window.location.assign(url);
    }
  }

  function ask() {
    var q = input.value;
    if (q === asked) { return; }
    asked = q;
    if (q.trim().length < 2) { show([]); return; }
    if (controller) { controller.abort(); }
    controller = window.AbortController ? new AbortController() : null;
    fetch(endpoint + '?q=' + encodeURIComponent(q), { headers: { 'Accept': 'application/json' }, signal: controller ? controller.signal : undefined })
      .then(function (r) { return r.ok ? r.json() : { items: [] }; })
      .then(function (data) { if (input.value === q) { show(data.items || []); } })
      .catch(function () { /* aborted or offline: the form still works */ });
  }

  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(ask, 200);
  });
  input.addEventListener('keydown', function (e) {
    var open = !list.hidden && items.length > 0;
    if (e.key === 'ArrowDown') {
      if (!open) { asked = ''; ask(); return; }
      e.preventDefault();
      select(active < items.length - 1 ? active + 1 : 0);
    } else if (e.key === 'ArrowUp') {
      if (!open) { return; }
      e.preventDefault();
      select(active > 0 ? active - 1 : items.length - 1);
    } else if (e.key === 'Enter') {
      if (open && active >= 0) {
        e.preventDefault();
        go(active);
      }
    } else if (e.key === 'Escape') {
      if (open) { e.preventDefault(); close(); } else { input.value = ''; asked = ''; }
    }
  });
  input.addEventListener('blur', function () { setTimeout(close, 100); });
})();
