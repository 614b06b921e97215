/* Rich-text editor (articles, static pages): Quill over the form's textarea (which alone works without JS), images with required
   alt text and caption through the uploads endpoint, inserted as <figure><img alt><figcaption>. */
(function () {
  'use strict';
  var wrap = document.querySelector('[data-editor]');
  if (!wrap || typeof window.Quill === 'undefined') {
    return;
  }
  var Quill = window.Quill;
  var BlockEmbed = Quill.import('blots/block/embed');

  class FigureBlot extends BlockEmbed {
    static create(value) {
      var node = super.create(value);
      var img = document.createElement('img');
      img.setAttribute('src', value.src || '');
      img.setAttribute('alt', value.alt || '');
      ['width', 'height', 'loading'].forEach(function (name) {
        if (value[name]) {
          img.setAttribute(name, value[name]);
        }
      });
      var caption = document.createElement('figcaption');
      caption.textContent = value.caption || '';
      node.appendChild(img);
      node.appendChild(caption);
      node.setAttribute('contenteditable', 'false');
      return node;
    }

    static value(node) {
      var img = node.querySelector('img');
      var caption = node.querySelector('figcaption');
      return {
        src: img ? img.getAttribute('src') : '',
        alt: img ? img.getAttribute('alt') : '',
        width: img ? img.getAttribute('width') : null,
        height: img ? img.getAttribute('height') : null,
        loading: img ? img.getAttribute('loading') : null,
        caption: caption ? caption.textContent : ''
      };
    }
  }
  FigureBlot.blotName = 'figure';
  FigureBlot.tagName = 'figure';
  Quill.register(FigureBlot);

  var textarea = wrap.querySelector('textarea');
  // Quill 1.x has no tables: an article with one is edited as HTML in the plain textarea, losing nothing
  if (/<table[\s>]/i.test(textarea.value)) {
    var note = document.createElement('p');
    note.className = 'notice';
    note.textContent = 'Nội dung có bảng: được sửa dưới dạng HTML để giữ nguyên bảng.';
    wrap.insertBefore(note, textarea);
    return;
  }
  var host = document.createElement('div');
  host.className = 'quill-host';
  // Quill takes its first content from the container (the HTML was sanitised by the server)
  host.innerHTML = textarea.value;
  wrap.insertBefore(host, textarea);
  textarea.hidden = true;
  var label = document.querySelector('label[for="' + textarea.id + '"]');

  var quill = new Quill(host, {
    theme: 'snow',
    modules: {
      // a figure is one embed: without this the clipboard adds a blank line for the caption's block
      clipboard: {
        matchers: [['FIGURE', function (node) {
          var Delta = Quill.import('delta');
          return new Delta().insert({ figure: FigureBlot.value(node) });
        }]]
      },
      toolbar: {
        container: [[{ header: [2, 3, false] }], ['bold', 'italic', 'underline'], [{ list: 'ordered' }, { list: 'bullet' }],
          ['blockquote', 'link', 'image'], ['clean']],
        handlers: { image: openImageDialog }
      }
    }
  });
  // Quill's toolbar buttons are icons only: give each a name screen readers can say
  var names = {
    'ql-bold': 'Chữ đậm', 'ql-italic': 'Chữ nghiêng', 'ql-underline': 'Gạch chân', 'ql-blockquote': 'Trích dẫn',
    'ql-link': 'Chèn liên kết', 'ql-image': 'Chèn ảnh có chú thích', 'ql-clean': 'Xoá định dạng'
  };
  var toolbar = quill.getModule('toolbar').container;
  toolbar.setAttribute('role', 'toolbar');
  toolbar.setAttribute('aria-label', 'Định dạng nội dung');
  Array.prototype.forEach.call(toolbar.querySelectorAll('button'), function (button) {
    var key = Array.prototype.find.call(button.classList, function (c) { return names[c]; });
    if (key) {
      button.setAttribute('aria-label', names[key]);
    } else if (button.classList.contains('ql-list')) {
      button.setAttribute('aria-label', button.value === 'ordered' ? 'Danh sách đánh số' : 'Danh sách gạch đầu dòng');
    }
  });
  Array.prototype.forEach.call(toolbar.querySelectorAll('.ql-picker-label'), function (label) {
    label.setAttribute('aria-label', 'Kiểu đoạn: tiêu đề hoặc đoạn thường');
  });
  quill.root.setAttribute('aria-label', wrap.dataset.editorLabel || 'Nội dung bài viết');
  quill.root.setAttribute('role', 'textbox');
  quill.root.setAttribute('aria-multiline', 'true');
  if (label) {
    label.addEventListener('click', function () { quill.focus(); });
  }

  // Quill 1.x puts an empty line before a figure it loads; drop those so saving does not add blank lines
  function html() {
    var copy = quill.root.cloneNode(true);
    Array.prototype.forEach.call(copy.querySelectorAll('figure'), function (figure) {
      var before = figure.previousElementSibling;
      if (before && before.tagName === 'P' && before.textContent === '' && !before.querySelector('img')) {
        before.remove();
      }
    });
    return copy.innerHTML;
  }

  // the form around the editor: the article form, or any other screen's form that holds a [data-editor]
  (wrap.closest('form') || document.getElementById('article-form')).addEventListener('submit', function () {
    var empty = quill.getLength() <= 1 && !quill.root.querySelector('img');
    textarea.value = empty ? '' : html();
  });

  // keep the edit lock while the page is open; if someone took it over, say so before the save is refused
  var keepLockUrl = wrap.dataset.keepLockUrl;
  if (keepLockUrl) {
    window.setInterval(function () {
      var body = new URLSearchParams();
      body.append(wrap.dataset.csrfParam, wrap.dataset.csrfToken);
      fetch(keepLockUrl, { method: 'POST', body: body, credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (lock) {
          var notice = document.getElementById('lock-lost');
          if (lock && !lock.mine) {
            notice.textContent = 'Bài viết đang được ' + lock.holder + ' chỉnh sửa từ ' + lock.since
              + '. Nếu lưu, bạn sẽ được hỏi có tiếp quản không; nội dung đang viết được giữ lại.';
            notice.hidden = false;
          } else if (lock) {
            notice.hidden = true;
          }
        })
        .catch(function () { /* offline for a moment: the next round tries again */ });
    }, 5 * 60 * 1000);
  }

  var dialog = document.getElementById('image-dialog');
  var form = document.getElementById('image-form');
  var error = document.getElementById('image-error');
  var insertAt = 0;

  function openImageDialog() {
    var range = quill.getSelection(true);
    insertAt = range ? range.index : quill.getLength();
    form.reset();
    error.textContent = '';
    dialog.showModal();
  }

  document.getElementById('image-cancel').addEventListener('click', function () { dialog.close(); });

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var file = document.getElementById('image-file').files[0];
    var alt = document.getElementById('image-alt').value.trim();
    var caption = document.getElementById('image-caption').value.trim();
    if (!file || !alt || !caption) {
      error.textContent = 'Hãy chọn ảnh, nhập mô tả và chú thích.';
      return;
    }
    var data = new FormData();
    data.append('file', file);
    data.append('alt', alt);
    data.append(wrap.dataset.csrfParam, wrap.dataset.csrfToken);
    fetch(wrap.dataset.uploadUrl, {
      method: 'POST',
      body: data,
      credentials: 'same-origin',
      headers: { 'Accept': 'application/json', 'X-CSRF-TOKEN': wrap.dataset.csrfToken, 'X-XSRF-TOKEN': wrap.dataset.csrfToken }
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (body) {
        if (!response.ok || !body.url) {
          throw new Error(body.error || 'Tải ảnh lên không được (mã ' + response.status + ').');
        }
        return body;
      });
    }).then(function (image) {
      quill.insertEmbed(insertAt, 'figure', { src: image.url, alt: image.alt || alt, caption: caption }, 'user');
      quill.setSelection(insertAt + 1, 0);
      dialog.close();
    }).catch(function (e) {
      error.textContent = e.message;
    });
  });
})();
