// Texts of the clerk console: Vietnamese first, English on request (the choice is kept in this browser, see
// /common/i18n.js).
import { language, useTexts } from '/common/i18n.js';

export { apply, language, t, toggleLanguage } from '/common/i18n.js';

const TEXT = {
  vi: {
    brand: 'Quầy tiếp nhận', changeCounter: 'Đổi quầy', closeCounter: 'Đóng quầy', signOut: 'Đăng xuất',
    other: 'English', signinTitle: 'Đăng nhập cán bộ tiếp nhận', username: 'Tên đăng nhập', password: 'Mật khẩu',
    signin: 'Đăng nhập', expired: 'Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại — quầy và số đang phục vụ vẫn được giữ nguyên.',
    chooseTitle: 'Chọn quầy làm việc', center: 'Trung tâm', currentTicket: 'Số đang phục vụ',
    waited: 'Công dân đã chờ', stepTime: 'Thời gian bước này', stepCalled: 'Đã gọi được', stepServing: 'Đã phục vụ được',
    noTicket: 'Chưa có công dân tại quầy. Nhấn «Gọi tiếp» (N hoặc phím cách).',
    next: 'Gọi tiếp', recall: 'Gọi lại', start: 'Bắt đầu', finish: 'Hoàn thành', finishNext: 'Hoàn thành và gọi tiếp',
    noShow: 'Vắng mặt', transfer: 'Chuyển', pause: 'Tạm dừng', resume: 'Mở quầy', pauseResume: 'Tạm dừng / Mở quầy',
    callSpecific: 'Gọi số cụ thể', queueTitle: 'Hàng chờ các lĩnh vực của quầy', service: 'Lĩnh vực',
    waiting: 'Đang chờ', longest: 'Chờ lâu nhất / mục tiêu', todayTitle: 'Hôm nay tại quầy', served: 'đã phục vụ',
    average: 'thời gian phục vụ trung bình', noShows: 'vắng mặt', keysTitle: 'Phím tắt', space: 'Cách',
    transferTitle: 'Chuyển sang lĩnh vực khác', transferSearch: 'Gõ để tìm lĩnh vực…', cancel: 'Hủy (Esc)',
    callTitle: 'Gọi một số cụ thể (ngoài thứ tự, có ghi nhật ký)', callPlaceholder: 'Số thứ tự, ví dụ A012',
    callSubmit: 'Gọi số này', toSupervisor: 'Giám sát',
    CALLED: 'Đã gọi – chờ công dân đến', SERVING: 'Đang phục vụ',
    OPEN: 'Đang mở', PAUSED: 'Tạm dừng', CLOSED: 'Đã đóng',
    counter: n => 'Quầy ' + n, minutes: m => m + ' phút', min: 'phút',
    recalls: n => 'Đã gọi lại ' + n + ' lần',
    heldBy: u => 'Đang do ' + u + ' sử dụng', mine: 'Quầy của bạn – tiếp tục', free: 'Mở quầy này',
    viewOnly: 'Xem / hỗ trợ quầy này', noCounters: 'Trung tâm chưa có quầy nào.', noCenters: 'Tài khoản chưa được gán trung tâm nào.',
    refused: 'Không thực hiện được.', forbidden: 'Không có quyền.', notFound: 'Không tìm thấy.',
    network: 'Mất kết nối tới máy chủ.', failed: 'Lỗi máy chủ.',
    busy: 'Hệ thống đang bận, chưa có gì thay đổi. Vui lòng thử lại.', wrongLogin: 'Sai tên đăng nhập hoặc mật khẩu.',
    nobody: 'Không còn công dân nào đang chờ cho các lĩnh vực của quầy.',
    finishedNobody: n => 'Đã hoàn thành ' + n + '. Không còn công dân nào đang chờ.',
    called: n => 'Đã gọi số ' + n + '.', transferred: (n, s) => 'Đã chuyển số ' + n + ' sang ' + s + '.',
    notWaiting: n => 'Không có số ' + n + ' đang chờ.', unavailable: 'Thao tác này không dùng được lúc này.',
    live: 'Trực tuyến', offline: 'Mất kết nối – đang thử lại', pausedNote: 'Quầy đang tạm dừng: không gọi số mới.',
    noMatch: 'Không có lĩnh vực phù hợp.'
  },
  en: {
    brand: 'Counter console', changeCounter: 'Change counter', closeCounter: 'Close counter', signOut: 'Sign out',
    other: 'Tiếng Việt', signinTitle: 'Clerk sign-in', username: 'User name', password: 'Password',
    signin: 'Sign in', expired: 'Your session has expired. Please sign in again — the counter and its ticket are kept.',
    chooseTitle: 'Choose your counter', center: 'Center', currentTicket: 'Current ticket',
    waited: 'Citizen waited', stepTime: 'This step', stepCalled: 'Called for', stepServing: 'Serving for',
    noTicket: 'No citizen at the counter. Press “Call next” (N or Space).',
    next: 'Call next', recall: 'Recall', start: 'Start', finish: 'Finish', finishNext: 'Finish and call next',
    noShow: 'No-show', transfer: 'Transfer', pause: 'Pause', resume: 'Resume', pauseResume: 'Pause / Resume',
    callSpecific: 'Call a number', queueTitle: 'Waiting for this counter’s services', service: 'Service',
    waiting: 'Waiting', longest: 'Longest wait / target', todayTitle: 'Today at this counter', served: 'served',
    average: 'average service time', noShows: 'no-shows', keysTitle: 'Keyboard shortcuts', space: 'Space',
    transferTitle: 'Transfer to another service', transferSearch: 'Type to search services…', cancel: 'Cancel (Esc)',
    callTitle: 'Call a specific number (out of order, audited)', callPlaceholder: 'Ticket number, e.g. A012',
    callSubmit: 'Call this number', toSupervisor: 'Supervision',
    CALLED: 'Called – waiting for the citizen', SERVING: 'Serving',
    OPEN: 'Open', PAUSED: 'Paused', CLOSED: 'Closed',
    counter: n => 'Counter ' + n, minutes: m => m + ' min', min: 'min',
    recalls: n => 'Recalled ' + n + ' time' + (n === 1 ? '' : 's'),
    heldBy: u => 'In use by ' + u, mine: 'Your counter – continue', free: 'Open this counter',
    viewOnly: 'View / help at this counter', noCounters: 'This center has no counters.', noCenters: 'Your account has no center.',
    refused: 'Refused.', forbidden: 'Not allowed.', notFound: 'Not found.',
    network: 'The server cannot be reached.', failed: 'Server error.',
    busy: 'The system is busy; nothing was changed. Please try again.', wrongLogin: 'Wrong user name or password.',
    nobody: 'Nobody is waiting for this counter’s services.',
    finishedNobody: n => 'Finished ' + n + '. Nobody is waiting.',
    called: n => 'Called ' + n + '.', transferred: (n, s) => 'Transferred ' + n + ' to ' + s + '.',
    notWaiting: n => 'No waiting ticket ' + n + '.', unavailable: 'This action is not available now.',
    live: 'Live', offline: 'Connection lost – retrying', pausedNote: 'The counter is paused: no new calls.',
    noMatch: 'No matching service.'
  }
};

const PRIORITY_EN = {
  ELDERLY: 'Elderly', DISABLED: 'Disability', PREGNANT: 'Pregnant', CHILD: 'With a small child', MERIT: 'Person of merit'
};

useTexts(TEXT);

/** The priority group's name; the server sends the Vietnamese one. */
export function priorityName(code, vietnamese) {
  return language() === 'vi' ? vietnamese : (PRIORITY_EN[code] || code);
}
