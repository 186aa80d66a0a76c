// Public ticket status (the QR code on the paper ticket): number, service, state, people ahead, estimated wait.
// Reads /api/tickets/{id} every 10 s; no personal data is ever shown (the API sends none).
(function () {
  const id = decodeURIComponent(location.pathname.split('/').pop());
  let lang = 'vi';
  let last = null;
  const text = {
    vi: {
      WAITING: 'Đang chờ', CALLED: 'Mời bạn đến quầy', SERVING: 'Đang được phục vụ', DONE: 'Đã hoàn thành',
      NO_SHOW: 'Đã gọi nhưng vắng mặt', CANCELLED: 'Đã hủy', EXPIRED: 'Đã hết hiệu lực (hết giờ làm việc)',
      ahead: n => n === 0 ? 'Bạn là người tiếp theo.' : 'Có ' + n + ' người đang chờ trước bạn.',
      wait: m => 'Thời gian chờ dự kiến: khoảng ' + m + ' phút.',
      counter: n => 'Quầy số ' + n, updated: 'Cập nhật lúc ', unknown: 'Không tìm thấy phiếu này.',
      offline: 'Mất kết nối, đang thử lại…', label: 'Số thứ tự của bạn', other: 'English'
    },
    en: {
      WAITING: 'Waiting', CALLED: 'Please go to the counter', SERVING: 'Being served', DONE: 'Done',
      NO_SHOW: 'Called but absent', CANCELLED: 'Cancelled', EXPIRED: 'Expired (end of day)',
      ahead: n => n === 0 ? 'You are next.' : n + ' people are ahead of you.',
      wait: m => 'Estimated wait: about ' + m + ' minutes.',
      counter: n => 'Counter ' + n, updated: 'Updated at ', unknown: 'This ticket was not found.',
      offline: 'Connection lost, retrying…', label: 'Your number', other: 'Tiếng Việt'
    }
  };
  const $ = s => document.getElementById(s);

  function render() {
    const t = text[lang];
    document.documentElement.lang = lang;
    document.querySelector('.label').textContent = t.label;
    $('lang').textContent = t.other;
    if (!last) { return; }
    $('number').textContent = last.number;
    $('service').textContent = last.serviceName;
    const status = $('status');
    status.textContent = t[last.status] + (last.status === 'CALLED' && last.counter ? ': ' + t.counter(last.counter) : '');
    status.className = 'status' + (last.status === 'CALLED' ? ' called' : '');
    let detail = '';
    if (last.status === 'WAITING') {
      detail = t.ahead(last.position || 0) + (last.estimatedWaitMinutes != null ? ' ' + t.wait(last.estimatedWaitMinutes) : '');
    } else if (last.status === 'SERVING' && last.counter) {
      detail = t.counter(last.counter);
    }
    $('detail').textContent = detail;
    $('updated').textContent = t.updated + new Date().toLocaleTimeString(lang === 'vi' ? 'vi-VN' : 'en-GB');
  }

  async function refresh() {
    try {
      const r = await fetch('/api/tickets/' + encodeURIComponent(id), { headers: { Accept: 'application/json' } });
      if (r.status === 404) { $('number').textContent = '—'; $('status').textContent = text[lang].unknown; return; }
      if (!r.ok) { throw new Error(String(r.status)); }
      last = await r.json();
      render();
    } catch (e) {
      $('updated').textContent = text[lang].offline;
    }
  }

  $('lang').addEventListener('click', () => { lang = lang === 'vi' ? 'en' : 'vi'; render(); });
  refresh();
  setInterval(refresh, 10000);
})();
