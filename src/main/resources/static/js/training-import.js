// The import form of the training back office: uploads with XHR to show the upload percentage, then "Đang xử lý…"
// while the server parses and stores the file. The server's answer replaces the page (a redirect after success, the
// page with row-numbered errors otherwise). Without this script the plain form posts the same fields.
(function () {
  'use strict';
  var form = document.querySelector('form[data-import-form]');
  if (!form || !window.FormData || !window.XMLHttpRequest) {
    return;
  }
  var box = form.querySelector('[data-import-progress]');
  var bar = form.querySelector('[data-import-bar]');
  var status = form.querySelector('[data-import-status]');
  var button = form.querySelector('button[type="submit"]');
  var max = parseInt(form.getAttribute('data-max-bytes'), 10);
  var sending = false;

  function show(text, percent) {
    box.hidden = false;
    status.textContent = text;
    if (percent === null) {
      bar.removeAttribute('value');
    } else {
      bar.value = percent;
    }
  }

  function replaceWith(html) {
    document.open();
    document.write(html);
    document.close();
  }

  form.addEventListener('submit', function (event) {
    var input = form.querySelector('input[type="file"]');
    var file = input && input.files && input.files[0];
    if (!file) {
      return;
    }
    event.preventDefault();
    if (sending) {
      return;
    }
    if (max && file.size > max) {
      show('Tệp quá lớn: tối đa ' + Math.round(max / 1048576) + ' MB.', 0);
      status.setAttribute('role', 'alert');
      return;
    }
    sending = true;
    button.disabled = true;
    var xhr = new XMLHttpRequest();
    xhr.open('POST', form.action);
    xhr.upload.addEventListener('progress', function (e) {
      if (e.lengthComputable) {
        var p = Math.floor(e.loaded * 100 / e.total);
        show('Đang tải lên: ' + p + ' %', p);
      }
    });
    xhr.upload.addEventListener('load', function () {
      show('Đang xử lý…', null);
    });
    xhr.addEventListener('load', function () {
      if (xhr.status === 200 && xhr.responseURL && xhr.responseURL.indexOf('/nhap-so-lieu?') > 0) {
        window.location.assign(xhr.responseURL);
      } else {
        replaceWith(xhr.responseText);
      }
    });
    xhr.addEventListener('error', function () {
      sending = false;
      button.disabled = false;
      show('Không gửi được tệp: hãy kiểm tra kết nối rồi thử lại.', 0);
    });
    show('Đang tải lên: 0 %', 0);
    xhr.send(new FormData(form));
  });
}());
