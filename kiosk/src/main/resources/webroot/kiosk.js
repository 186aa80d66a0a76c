// Touch UI of the kiosk. Talks only to the kiosk agent (/api/...), never to the backend:
// the agent holds the device token. Touch only: no hover, no physical keyboard.
(function () {
  "use strict";

  const TEXT = {
    vi: {
      switchLanguage: "English", idleTitle: "Lấy số thứ tự", idleHint: "Chạm vào màn hình để bắt đầu",
      chooseService: "Chọn lĩnh vực cần giải quyết", searchPlaceholder: "Chạm vào đây để tìm lĩnh vực",
      clear: "Xóa", noServices: "Hiện không có lĩnh vực nào đang tiếp nhận.", noMatch: "Không tìm thấy lĩnh vực phù hợp.",
      waiting: n => `Đang chờ: <b>${n}</b> người`, wait: m => ` · Chờ khoảng <b>${m}</b> phút`,
      priorityQuestion: "Bạn có thuộc đối tượng ưu tiên không?", priorityNone: "Không ưu tiên – lấy số thường",
      ELDERLY: "Người cao tuổi", DISABLED: "Người khuyết tật", PREGNANT: "Phụ nữ mang thai",
      CHILD: "Người có con nhỏ", MERIT: "Người có công", back: "← Quay lại",
      chosenService: s => `Lĩnh vực: ${s}`,
      printing: "Đang in phiếu...", yourNumber: "Số thứ tự của bạn", done: "Xong",
      ahead: n => n === 0 ? "Không có ai chờ trước bạn." : `Có ${n} người đang chờ trước bạn.`,
      waitMinutes: m => `Thời gian chờ dự kiến: khoảng ${m} phút.`,
      takeTicket: "Vui lòng nhận phiếu ở khe bên dưới và chờ gọi số.",
      notPrinted: h => `Phiếu chưa in được. Vui lòng đến ${h} và đọc số này để cán bộ in lại phiếu.`,
      help: h => `Vui lòng đến ${h} để được hỗ trợ.`,
      printerTitle: "Tạm thời không phát được phiếu",
      PAPER_OUT: "Máy in đã hết giấy.", COVER_OPEN: "Nắp máy in đang mở.", OFFLINE: "Máy in đang gặp lỗi.",
      NO_RESPONSE: "Máy in không phản hồi.", DISCONNECTED: "Máy in chưa được kết nối.",
      noTicket: "Chưa có phiếu nào được cấp.",
      refusedTitle: "Không lấy được số", refusedText: "Lĩnh vực này hiện không tiếp nhận hồ sơ.",
      busyTitle: "Vui lòng chờ", busyText: "Kiosk đang in phiếu cho người trước. Vui lòng thử lại sau giây lát.",
      outOfServiceTitle: "Tạm ngừng phục vụ",
      outOfServiceText: "Kiosk đang mất kết nối với hệ thống. Kiosk sẽ tự hoạt động lại khi có kết nối."
    },
    en: {
      switchLanguage: "Tiếng Việt", idleTitle: "Take a number", idleHint: "Touch the screen to start",
      chooseService: "Choose a service", searchPlaceholder: "Touch here to search",
      clear: "Clear", noServices: "No service is open right now.", noMatch: "No matching service.",
      waiting: n => `Waiting: <b>${n}</b>`, wait: m => ` · About <b>${m}</b> min`,
      priorityQuestion: "Do you belong to a priority group?", priorityNone: "No priority – ordinary number",
      ELDERLY: "Elderly person", DISABLED: "Person with a disability", PREGNANT: "Pregnant woman",
      CHILD: "Parent with a small child", MERIT: "Person of merit (người có công)", back: "← Back",
      chosenService: s => `Service: ${s}`,
      printing: "Printing your ticket...", yourNumber: "Your number", done: "Done",
      ahead: n => n === 0 ? "Nobody is waiting ahead of you." : `${n} people are waiting ahead of you.`,
      waitMinutes: m => `Estimated wait: about ${m} minutes.`,
      takeTicket: "Please take your ticket below and wait for your number to be called.",
      notPrinted: h => `Your ticket could not be printed. Please go to ${h} and show this number to have it reprinted.`,
      help: h => `Please go to ${h} for help.`,
      printerTitle: "Tickets cannot be printed right now",
      PAPER_OUT: "The printer is out of paper.", COVER_OPEN: "The printer cover is open.", OFFLINE: "The printer has an error.",
      NO_RESPONSE: "The printer does not respond.", DISCONNECTED: "The printer is not connected.",
      noTicket: "No ticket was issued.",
      refusedTitle: "No number issued", refusedText: "This service is not accepting cases right now.",
      busyTitle: "Please wait", busyText: "The kiosk is printing a ticket for the previous person. Please try again in a moment.",
      outOfServiceTitle: "Out of service",
      outOfServiceText: "The kiosk has lost its connection. It will resume by itself when the connection is back."
    }
  };
  const HELP_EN = "the information desk";
  const LETTERS = "ABCDĐEGHIKLMNOPQRSTUVXY".split("");

  const $ = id => document.getElementById(id);
  let kiosk = { language: "vi", priorityStep: true, helpLocation: "Quầy hướng dẫn", resultSeconds: 12, idleSeconds: 60 };
  let lang = "vi";
  let services = [];
  let state = { mode: "READY", printer: "READY" };
  let query = "";
  let chosen = null;
  let screenTimer = null;
  let lastTouch = Date.now();

  const t = (key, ...args) => { const v = TEXT[lang][key]; return typeof v === "function" ? v(...args) : v; };
  const help = () => lang === "vi" ? kiosk.helpLocation : HELP_EN;
  const fold = s => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();

  function show(name) {
    document.querySelectorAll(".screen").forEach(s => s.dataset.active = String(s.id === "screen-" + name));
    clearTimeout(screenTimer);
    if (name === "result" || name === "message") {
      screenTimer = setTimeout(() => show("services"), kiosk.resultSeconds * 1000);
    }
  }
  const current = () => document.querySelector('.screen[data-active="true"]').id.replace("screen-", "");

  function translate() {
    document.documentElement.lang = lang;
    document.querySelectorAll("[data-i18n]").forEach(el => el.textContent = t(el.dataset.i18n));
    document.querySelectorAll("[data-placeholder-i18n]").forEach(el => el.dataset.placeholder = t(el.dataset.placeholderI18n));
    $("out-of-service-help").textContent = t("help", help());
    renderServices();
  }

  let rendered = "";

  function renderServices() {
    // re-render only when something changed: a button replaced under a finger would lose the tap
    const key = JSON.stringify([services, state.mode, query, lang]);
    if (key === rendered) { return; }
    rendered = key;
    const list = $("services");
    const q = fold(query);
    const shown = services.filter(s => !q || fold(s.name).includes(q) || fold(s.code).includes(q));
    list.replaceChildren(...shown.map(s => {
      const b = document.createElement("button");
      b.type = "button";
      b.className = "service";
      b.dataset.service = s.code;
      b.disabled = state.mode === "OUT_OF_SERVICE";
      const wait = s.estimatedWaitMinutes == null ? "" : t("wait", s.estimatedWaitMinutes);
      b.innerHTML = `<span class="service-name"></span><span class="service-meta">${t("waiting", s.waiting)}${wait}</span>`;
      b.querySelector(".service-name").textContent = s.name;
      b.addEventListener("click", () => choose(s));
      return b;
    }));
    $("no-services").hidden = shown.length > 0;
    $("no-services").textContent = services.length ? t("noMatch") : t("noServices");
    $("search").hidden = services.length <= 8;
    $("search-text").textContent = query;
  }

  function renderState() {
    $("out-of-service").hidden = state.mode !== "OUT_OF_SERVICE";
    if (state.centerName) { $("center-name").textContent = state.centerName; }
    if (state.mode === "PRINTER_ERROR" && current() === "services") { printerProblem(state.printer); }
  }

  function choose(service) {
    chosen = service;
    if (kiosk.priorityStep) {
      $("priority-service").textContent = t("chosenService", service.name);
      show("priority");
    } else {
      press("NONE");
    }
  }

  async function press(priority) {
    show("printing");
    try {
      const response = await fetch("api/press", { method: "POST", headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ service: chosen.code, priority }) });
      outcome(await response.json());
    } catch (e) {
      state.mode = "OUT_OF_SERVICE";
      renderState();
      show("services");
    }
  }

  function outcome(o) {
    if (o.state) { state = o.state; renderState(); }
    switch (o.result) {
      case "PRINTED": return result(o.ticket, false);
      case "PRINT_FAILED": return result(o.ticket, true);
      case "PRINTER_NOT_READY": return printerProblem(o.printer);
      case "REFUSED": return message(t("refusedTitle"), t("refusedText"), false);
      case "BUSY": return message(t("busyTitle"), t("busyText"), false);
      default: return show("services"); // OUT_OF_SERVICE: the overlay says it
    }
  }

  function result(ticket, failed) {
    $("result-number").textContent = ticket.number;
    $("result-service").textContent = ticket.serviceName;
    $("result-ahead").textContent = t("ahead", ticket.position);
    $("result-wait").textContent = ticket.estimatedWaitMinutes == null ? "" : t("waitMinutes", ticket.estimatedWaitMinutes);
    $("result-note").textContent = failed ? t("notPrinted", help()) : t("takeTicket");
    $("result-note").classList.toggle("warn", failed);
    show("result");
  }

  function printerProblem(printer) {
    message(t("printerTitle"), (t(printer) || t("OFFLINE")) + " " + t("noTicket"), true);
  }

  function message(title, text, warn) {
    $("message-title").textContent = title;
    $("message-text").textContent = text;
    $("message-text").classList.toggle("warn", warn);
    $("message-help").textContent = t("help", help());
    show("message");
  }

  async function refresh() {
    try {
      const data = await (await fetch("api/services", { cache: "no-store" })).json();
      services = data.services;
      state = data.state;
      renderState();
      renderServices();
    } catch (e) {
      state.mode = "OUT_OF_SERVICE";
      renderState();
    }
  }

  function buildKeyboard() {
    const keys = LETTERS.map(letter => {
      const b = document.createElement("button");
      b.type = "button";
      b.className = "key";
      b.textContent = letter;
      b.addEventListener("click", () => { query += letter.toLowerCase(); renderServices(); });
      return b;
    });
    const space = document.createElement("button");
    space.type = "button"; space.className = "key"; space.textContent = "␣";
    space.addEventListener("click", () => { query += " "; renderServices(); });
    const erase = document.createElement("button");
    erase.type = "button"; erase.className = "key"; erase.textContent = "⌫";
    erase.addEventListener("click", () => { query = query.slice(0, -1); renderServices(); });
    $("keyboard").replaceChildren(...keys, space, erase);
    $("search-clear").addEventListener("click", () => { query = ""; $("keyboard").hidden = true; renderServices(); });
    $("search-text").addEventListener("click", () => { $("keyboard").hidden = !$("keyboard").hidden; });
  }

  function tick() {
    const now = new Date();
    const clock = { hour: "2-digit", minute: "2-digit" };
    if (kiosk.timeZone) { clock.timeZone = kiosk.timeZone; }
    $("clock").textContent = now.toLocaleTimeString("vi-VN", clock);
    const idleFor = Date.now() - lastTouch;
    if (idleFor > kiosk.idleSeconds * 1000 && current() !== "idle" && current() !== "printing") {
      query = ""; $("keyboard").hidden = true; renderServices(); show("idle");
    }
  }

  async function init() {
    try { kiosk = await (await fetch("api/kiosk")).json(); } catch (e) { /* defaults above */ }
    lang = kiosk.language || "vi";
    if (kiosk.centerName) { $("center-name").textContent = kiosk.centerName; }
    buildKeyboard();
    document.addEventListener("pointerdown", () => lastTouch = Date.now(), true);
    $("idle-start").addEventListener("click", () => show("services"));
    $("lang-toggle").addEventListener("click", () => { lang = lang === "vi" ? "en" : "vi"; translate(); });
    document.querySelectorAll("[data-priority]").forEach(b => b.addEventListener("click", () => press(b.dataset.priority)));
    $("priority-back").addEventListener("click", () => show("services"));
    $("result-done").addEventListener("click", () => show("idle"));
    $("message-done").addEventListener("click", () => show("services"));
    translate();
    await refresh();
    setInterval(refresh, 3000);
    setInterval(tick, 1000);
    tick();
  }

  init();
})();
