// Statistics charts: each figure[data-chart] holds a real table (the accessible, no-JavaScript form);
// this draws a chart from that table above it with ECharts (served as a WebJar). The chart is hidden
// from assistive technology, since the table says the same.
(function () {
  'use strict';
  if (typeof window.echarts === 'undefined') {
    return;
  }
  var numbers = new Intl.NumberFormat('vi-VN');
  var colours = ['#1b5e20', '#0b4f9c', '#b35900', '#6a1b9a'];
  var charts = [];

  function read(table) {
    var heads = Array.prototype.map.call(table.querySelectorAll('thead th.num'), function (th) {
      return th.textContent.trim();
    });
    var labels = [];
    var series = heads.map(function () { return []; });
    Array.prototype.forEach.call(table.querySelectorAll('tbody tr'), function (tr) {
      labels.push(tr.querySelector('th').textContent.trim());
      Array.prototype.forEach.call(tr.querySelectorAll('td[data-value]'), function (td, i) {
        if (series[i]) {
          series[i].push(Number(td.getAttribute('data-value')));
        }
      });
    });
    return { heads: heads, labels: labels, series: series };
  }

  function option(kind, data) {
    var horizontal = kind === 'hbar';
    var category = {
      type: 'category', data: data.labels, inverse: horizontal,
      axisLabel: horizontal ? { width: 160, overflow: 'truncate' } : { hideOverlap: true }
    };
    var value = { type: 'value', axisLabel: { formatter: function (v) { return numbers.format(v); } } };
    return {
      animation: false,
      color: colours,
      grid: { left: horizontal ? 170 : 60, right: 24, top: data.heads.length > 1 ? 40 : 16, bottom: 40, containLabel: false },
      legend: data.heads.length > 1 ? { top: 0, type: 'scroll' } : undefined,
      tooltip: {
        trigger: 'axis', renderMode: 'richText',
        valueFormatter: function (v) { return numbers.format(v); }
      },
      xAxis: horizontal ? value : category,
      yAxis: horizontal ? category : value,
      series: data.heads.map(function (name, i) {
        return {
          name: name, type: kind === 'line' ? 'line' : 'bar', data: data.series[i],
          showSymbol: data.labels.length <= 62
        };
      })
    };
  }

  Array.prototype.forEach.call(document.querySelectorAll('figure[data-chart]'), function (figure) {
    var table = figure.querySelector('table');
    if (!table) {
      return;
    }
    var kind = figure.getAttribute('data-chart');
    var data = read(table);
    if (data.labels.length === 0) {
      return;
    }
    var box = document.createElement('div');
    box.className = 'stats-chart' + (kind === 'hbar' && data.labels.length > 10 ? ' tall' : '');
    box.setAttribute('aria-hidden', 'true');
    box.setAttribute('data-chart-box', kind);
    figure.insertBefore(box, figure.firstChild);
    var chart = window.echarts.init(box, null, { renderer: 'canvas' });
    chart.setOption(option(kind, data));
    charts.push(chart);
  });

  var pending = null;
  window.addEventListener('resize', function () {
    if (pending) {
      window.clearTimeout(pending);
    }
    pending = window.setTimeout(function () {
      charts.forEach(function (c) { c.resize(); });
    }, 150);
  });
})();
