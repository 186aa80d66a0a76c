// Texts of the supervisor pages: Vietnamese first, English on request (the choice is shared with the clerk console,
// see /common/i18n.js).
import { language, useTexts } from '/common/i18n.js';

export { apply, language, t, toggleLanguage } from '/common/i18n.js';

const TEXT = {
  vi: {
    other: 'English', brand: 'Giám sát', navLive: 'Trực tiếp', navHeatmap: 'Bản đồ nhiệt', navStaffing: 'Nhân sự',
    navReports: 'Báo cáo', navClerk: 'Màn hình quầy', signOut: 'Đăng xuất', center: 'Trung tâm',
    signinTitle: 'Đăng nhập giám sát', username: 'Tên đăng nhập', password: 'Mật khẩu', signin: 'Đăng nhập',
    expired: 'Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.', wrongLogin: 'Sai tên đăng nhập hoặc mật khẩu.',
    notSupervisor: 'Trang này dành cho giám sát viên và quản trị viên.', openClerk: 'Mở màn hình quầy',
    noCenters: 'Tài khoản chưa được gán trung tâm nào.', network: 'Mất kết nối tới máy chủ.', failed: 'Lỗi máy chủ.',
    busy: 'Hệ thống đang bận, chưa có gì thay đổi. Vui lòng thử lại.',
    refused: 'Yêu cầu không hợp lệ.', forbidden: 'Không có quyền.', notFound: 'Không tìm thấy.',
    live: 'Trực tuyến', offline: 'Mất kết nối – đang thử lại', updatedAt: 'Cập nhật lúc', min: 'phút',
    minutes: m => m + ' phút', percent: p => p + '%', tickets: n => n + ' phiếu',
    // live view
    sumWaiting: 'đang chờ', sumServed: 'đã phục vụ hôm nay', sumCounters: 'quầy đang mở', sumAlerts: 'cảnh báo',
    servicesTitle: 'Lĩnh vực – thời gian chờ so với mục tiêu', service: 'Lĩnh vực', waiting: 'Đang chờ',
    longest: 'Chờ lâu nhất', estimate: 'Dự kiến số mới', target: 'Mục tiêu', served: 'Đã phục vụ',
    withinTarget: 'Đúng hạn', level: 'Tình trạng', closedService: 'ngừng nhận hồ sơ',
    OK: 'Trong mục tiêu', WARN: 'Gần mục tiêu (≥ 80%)', OVER: 'Quá mục tiêu',
    countersTitle: 'Quầy', counter: 'Quầy', status: 'Trạng thái', clerk: 'Cán bộ', current: 'Số hiện tại',
    since: 'Từ', servedToday: 'Đã phục vụ', avgService: 'TG phục vụ TB',
    OPEN: 'Đang mở', PAUSED: 'Tạm dừng', CLOSED: 'Đã đóng', CALLED: 'Đã gọi', SERVING: 'Đang phục vụ', idle: 'Nhàn rỗi',
    devicesTitle: 'Thiết bị', device: 'Thiết bị', kind: 'Loại', printer: 'Máy in', heartbeat: 'Tín hiệu cuối',
    connection: 'Kết nối', online: 'Trực tuyến', offlineDevice: 'Mất kết nối', never: 'chưa có',
    KIOSK: 'Kiosk', DISPLAY: 'Màn hình', noDevices: 'Chưa đăng ký thiết bị nào.',
    alertsTitle: 'Cảnh báo', noAlerts: 'Không có cảnh báo.', SERVICE_OVER_TARGET: 'Thời gian chờ',
    COUNTER_IDLE: 'Quầy nhàn rỗi', PRINTER_PROBLEM: 'Máy in', DEVICE_OFFLINE: 'Thiết bị mất kết nối', CRITICAL: 'Nghiêm trọng', WARN_SEVERITY: 'Cảnh báo',
    READY: 'Sẵn sàng', PAPER_NEAR_END: 'Sắp hết giấy', PAPER_OUT: 'Hết giấy', COVER_OPEN: 'Mở nắp',
    OFFLINE_PRINTER: 'Lỗi', NO_RESPONSE: 'Không phản hồi', DISCONNECTED: 'Mất kết nối',
    // heatmap
    heatmapTitle: 'Bản đồ nhiệt', rows: 'Hàng', byService: 'Lĩnh vực × giờ', byWeekday: 'Thứ × giờ', metric: 'Chỉ số',
    avg_wait: 'Thời gian chờ trung bình', p90_wait: 'Thời gian chờ p90', within_target: 'Tỷ lệ đúng hạn',
    arrivals: 'Lượt đến trung bình mỗi ngày', from: 'Từ ngày', to: 'Đến ngày', view: 'Hiển thị', chart: 'Biểu đồ',
    table: 'Bảng số', hour: 'Giờ', count: 'Số phiếu', noData: 'Không có dữ liệu trong khoảng này.',
    legendGood: 'Dưới 80% mục tiêu', legendWarn: '80–100% mục tiêu', legendBad: 'Vượt mục tiêu',
    legendGoodHigh: 'Đạt mục tiêu', legendWarnHigh: '80–100% mục tiêu', legendBadHigh: 'Dưới 80% mục tiêu',
    atTarget: '◆ = đúng bằng mục tiêu', targetOfRow: 'mục tiêu của từng lĩnh vực',
    goalIs: (g, unit) => 'Mục tiêu: ' + g + (unit === 'percent' ? '% phiếu được gọi trong thời gian chờ mục tiêu' : ' phút'),
    arrivalsNote: 'Màu đậm hơn = nhiều lượt đến hơn (không có mục tiêu).',
    // staffing
    staffingTitle: 'Nhu cầu nhân sự', date: 'Ngày', forecast: 'Dự báo lượt đến', needed: 'Số quầy cần',
    planned: 'Số quầy theo kế hoạch', plannedShort: 'Kế hoạch', meanService: 'TG phục vụ TB', shortfall: 'Thiếu',
    enough: 'Đủ', total: 'Tổng cộng', arrivalsShort: 'đến', countersShort: 'quầy',
    staffingNote: (w, g) => 'Dự báo từ ' + w + ' tuần gần nhất cùng thứ; số quầy cần để ' + g
      + '% công dân được gọi trong thời gian chờ mục tiêu (Erlang C).',
    shortHours: (n, hours) => 'Toàn trung tâm thiếu quầy trong ' + n + ' giờ: ' + hours + '.',
    noShortfall: 'Số quầy theo kế hoạch đủ cho mọi lĩnh vực trong mọi giờ.', short: n => 'Thiếu ' + n,
    shortServices: list => 'Lĩnh vực cần nhiều quầy hơn kế hoạch: ' + list + '.',
    shortMark: '■ = số quầy cần nhiều hơn số quầy theo kế hoạch.',
    serviceShortTitle: (needed, planned) => 'Cần ' + needed + ' quầy, kế hoạch ' + planned + ' quầy',
    fewWeeks: (w, min) => 'Ít dữ liệu: dự báo từ ' + w + ' tuần, chưa đủ ' + min + ' tuần.',
    noWeeks: (w, min) => 'Không có dữ liệu: 8 tuần trước không có ngày cùng thứ nào có phiếu, chưa dự báo được (cần '
      + min + ' tuần).',
    // reports
    reportsTitle: 'Báo cáo', by: 'Theo', byServiceR: 'Lĩnh vực', byCounter: 'Quầy', byClerk: 'Cán bộ',
    code: 'Mã', label: 'Tên', ticketsCol: 'Số phiếu', servedCol: 'Đã phục vụ', noShow: 'Vắng mặt',
    cancelled: 'Đã hủy', avgWait: 'Chờ TB', p90Wait: 'Chờ p90', avgServiceR: 'Phục vụ TB', withinTargetR: 'Đúng hạn',
    downloads: 'Tải về', summaryCsv: 'Tổng hợp (CSV)', ticketsCsv: 'Danh sách phiếu (CSV)', summaryXlsx: 'Tổng hợp (Excel)',
    show: 'Xem', minutesUnit: '(phút)'
  },
  en: {
    other: 'Tiếng Việt', brand: 'Supervisor', navLive: 'Live', navHeatmap: 'Heatmap', navStaffing: 'Staffing',
    navReports: 'Reports', navClerk: 'Counter console', signOut: 'Sign out', center: 'Center',
    signinTitle: 'Supervisor sign-in', username: 'User name', password: 'Password', signin: 'Sign in',
    expired: 'Your session has expired. Please sign in again.', wrongLogin: 'Wrong user name or password.',
    notSupervisor: 'These pages are for supervisors and administrators.', openClerk: 'Open the counter console',
    noCenters: 'Your account has no center.', network: 'The server cannot be reached.', failed: 'Server error.',
    busy: 'The system is busy; nothing was changed. Please try again.',
    refused: 'Invalid request.', forbidden: 'Not allowed.', notFound: 'Not found.',
    live: 'Live', offline: 'Connection lost – retrying', updatedAt: 'Updated at', min: 'min',
    minutes: m => m + ' min', percent: p => p + '%', tickets: n => n + ' ticket' + (n === 1 ? '' : 's'),
    sumWaiting: 'waiting', sumServed: 'served today', sumCounters: 'counters open', sumAlerts: 'alerts',
    servicesTitle: 'Services – waits against the target', service: 'Service', waiting: 'Waiting',
    longest: 'Longest wait', estimate: 'New ticket estimate', target: 'Target', served: 'Served',
    withinTarget: 'Within target', level: 'Status', closedService: 'not taking tickets',
    OK: 'Within target', WARN: 'Near target (≥ 80%)', OVER: 'Over target',
    countersTitle: 'Counters', counter: 'Counter', status: 'Status', clerk: 'Clerk', current: 'Current ticket',
    since: 'For', servedToday: 'Served', avgService: 'Avg service',
    OPEN: 'Open', PAUSED: 'Paused', CLOSED: 'Closed', CALLED: 'Called', SERVING: 'Serving', idle: 'Idle',
    devicesTitle: 'Devices', device: 'Device', kind: 'Kind', printer: 'Printer', heartbeat: 'Last heartbeat',
    connection: 'Connection', online: 'Online', offlineDevice: 'Offline', never: 'never',
    KIOSK: 'Kiosk', DISPLAY: 'Display', noDevices: 'No devices registered.',
    alertsTitle: 'Alerts', noAlerts: 'No alerts.', SERVICE_OVER_TARGET: 'Wait against target',
    COUNTER_IDLE: 'Idle counter', PRINTER_PROBLEM: 'Printer problem', DEVICE_OFFLINE: 'Device offline', CRITICAL: 'Critical', WARN_SEVERITY: 'Warning',
    READY: 'Ready', PAPER_NEAR_END: 'Paper low', PAPER_OUT: 'Out of paper', COVER_OPEN: 'Cover open',
    OFFLINE_PRINTER: 'Error', NO_RESPONSE: 'Not answering', DISCONNECTED: 'Disconnected',
    heatmapTitle: 'Heatmap', rows: 'Rows', byService: 'Service × hour', byWeekday: 'Weekday × hour', metric: 'Metric',
    avg_wait: 'Average wait', p90_wait: 'p90 wait', within_target: 'Within target',
    arrivals: 'Mean arrivals per day', from: 'From', to: 'To', view: 'View', chart: 'Chart',
    table: 'Table', hour: 'Hour', count: 'Tickets', noData: 'No data in this range.',
    legendGood: 'Under 80% of target', legendWarn: '80–100% of target', legendBad: 'Over target',
    legendGoodHigh: 'Target met', legendWarnHigh: '80–100% of target', legendBadHigh: 'Under 80% of target',
    atTarget: '◆ = exactly at the target', targetOfRow: 'each service’s own target',
    goalIs: (g, unit) => 'Target: ' + g + (unit === 'percent' ? '% of called tickets within the target wait' : ' min'),
    arrivalsNote: 'Darker = more arrivals (no target).',
    staffingTitle: 'Staffing', date: 'Date', forecast: 'Forecast arrivals', needed: 'Counters needed',
    planned: 'Counters planned', plannedShort: 'Planned', meanService: 'Mean service', shortfall: 'Short',
    enough: 'Enough', total: 'Total', arrivalsShort: 'arrivals', countersShort: 'counters',
    staffingNote: (w, g) => 'Forecast from the same weekday of the last ' + w + ' weeks; counters needed so that '
      + g + '% of citizens are called within the target wait (Erlang C).',
    shortHours: (n, hours) => 'The center is short of counters in ' + n + ' hour' + (n === 1 ? '' : 's') + ': '
      + hours + '.',
    noShortfall: 'The planned counters are enough for every service in every hour.', short: n => 'Short ' + n,
    shortServices: list => 'Services that need more counters than planned: ' + list + '.',
    shortMark: '■ = more counters needed than planned.',
    serviceShortTitle: (needed, planned) => needed + ' counters needed, ' + planned + ' planned',
    fewWeeks: (w, min) => 'Little data: forecast from ' + w + ' week' + (w === 1 ? '' : 's') + ', fewer than ' + min
      + '.',
    noWeeks: (w, min) => 'No data: none of the 8 same weekdays before had tickets, so nothing is forecast (needs '
      + min + ' weeks).',
    reportsTitle: 'Reports', by: 'By', byServiceR: 'Service', byCounter: 'Counter', byClerk: 'Clerk',
    code: 'Code', label: 'Name', ticketsCol: 'Tickets', servedCol: 'Served', noShow: 'No-show',
    cancelled: 'Cancelled', avgWait: 'Avg wait', p90Wait: 'p90 wait', avgServiceR: 'Avg service', withinTargetR: 'Within target',
    downloads: 'Download', summaryCsv: 'Summary (CSV)', ticketsCsv: 'Tickets (CSV)', summaryXlsx: 'Summary (Excel)',
    show: 'Show', minutesUnit: '(min)'
  }
};

const WEEKDAYS_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

useTexts(TEXT);

/** A weekday row's name: the server sends the Vietnamese one and its ISO number. */
export function weekdayName(isoNumber, vietnamese) {
  return language() === 'vi' ? vietnamese : (WEEKDAYS_EN[Number(isoNumber) - 1] || vietnamese);
}

/** A number with at most one decimal in the page's language ("12,5" / "12.5"); "—" for none. */
export function num(x, digits = 1) {
  if (x === null || x === undefined || Number.isNaN(x)) {
    return '—';
  }
  return new Intl.NumberFormat(language() === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: digits }).format(x);
}
