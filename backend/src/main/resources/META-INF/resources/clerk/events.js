// The center's public event stream: a snapshot, then numbered events. A gap in the numbers asks for a fresh
// snapshot; a lost connection is retried with a growing pause. The console only needs to know *that*
// something relevant happened, so every frame is handed over as it is.
export class EventStream {
  constructor(center, onFrame, onLive) {
    this.center = center;
    this.onFrame = onFrame;
    this.onLive = onLive;
    this.seq = null;
    this.retry = 1000;
    this.stopped = false;
    this.connect();
  }

  connect() {
    if (this.stopped) {
      return;
    }
    const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
    const ws = new WebSocket(scheme + '//' + location.host + '/ws/centers/' + encodeURIComponent(this.center) + '/events');
    this.ws = ws;
    ws.addEventListener('open', () => {
      this.retry = 1000;
      this.onLive(true);
    });
    ws.addEventListener('message', e => this.frame(e.data));
    ws.addEventListener('close', () => {
      this.seq = null;
      if (!this.stopped) { // a stream closed on purpose (sign-out) is not a lost connection
        this.onLive(false);
        setTimeout(() => this.connect(), this.retry);
        this.retry = Math.min(this.retry * 2, 15000);
      }
    });
  }

  frame(text) {
    let f;
    try {
      f = JSON.parse(text);
    } catch (e) {
      return;
    }
    if (f.type === 'snapshot') {
      this.seq = f.seq;
    } else if (typeof f.seq === 'number') {
      if (this.seq !== null && f.seq <= this.seq) {
        return; // already seen
      }
      if (this.seq !== null && f.seq !== this.seq + 1) {
        this.seq = null;
        this.ws.send(JSON.stringify({ type: 'resync' }));
        return;
      }
      this.seq = f.seq;
    }
    this.onFrame(f);
  }

  stop() {
    this.stopped = true;
    if (this.ws) {
      this.ws.close();
    }
  }
}
