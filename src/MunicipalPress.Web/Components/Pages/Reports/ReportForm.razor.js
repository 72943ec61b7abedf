// The report form's browser side: a copy of the form in localStorage, so text survives a lost circuit.
//
// The server writes the form's content after each change (write). This script also records, field by field,
// whatever is typed (the "overlay"), because typing while the connection is down never reaches the server.
// An overlay value is dropped once the server's copy has the same text; what is left is text the server has
// not confirmed. It is sent again every few seconds (a synthetic input event, which Blazor forwards like a
// keystroke), so after a reconnect the server catches up on its own; if the circuit is gone for good, the next
// visit offers to restore it from here.

const prefix = 'mp-report-draft:';
const staleMs = 3000;
let session = null;

function load(reportId) {
    try {
        return JSON.parse(localStorage.getItem(prefix + reportId) ?? 'null');
    } catch {
        return null;
    }
}

function store(reportId, draft) {
    try {
        localStorage.setItem(prefix + reportId, JSON.stringify(draft));
    } catch {
        // Storage full or disabled: the server's copy is all there is.
    }
}

export function read(reportId) {
    try {
        return localStorage.getItem(prefix + reportId);
    } catch {
        return null;
    }
}

export function write(reportId, json) {
    const next = JSON.parse(json);
    const previous = load(reportId);
    const overlay = {};
    for (const [key, typed] of Object.entries(previous?.overlay ?? {})) {
        // A field the server no longer has belongs to a removed entry; equal text is confirmed.
        if (Object.hasOwn(next.fields, key) && next.fields[key] !== typed.v) {
            overlay[key] = typed;
        }
    }

    next.overlay = overlay;
    next.writtenAt = Date.now();
    store(reportId, next);
    showState();
}

export function clear(reportId) {
    try {
        localStorage.removeItem(prefix + reportId);
    } catch {
        // Nothing to clear.
    }

    showState();
}

export function start(root, reportId, pendingText) {
    stop();
    const onInput = event => {
        const key = event.target?.dataset?.draftKey;
        if (!key || !event.isTrusted || !session) {
            return;
        }

        const draft = load(session.reportId) ?? { reportId: session.reportId, fields: {} };
        draft.overlay = draft.overlay ?? {};
        draft.overlay[key] = { v: event.target.value, t: Date.now() };
        store(session.reportId, draft);
    };
    root.addEventListener('input', onInput, true);
    session = { root, reportId, pendingText, onInput, timer: setInterval(resend, 1500) };
}

export function stop() {
    if (session) {
        session.root.removeEventListener('input', session.onInput, true);
        clearInterval(session.timer);
        session = null;
    }
}

function resend() {
    if (!session) {
        return;
    }

    const draft = load(session.reportId);
    const now = Date.now();
    let changed = false;
    for (const [key, typed] of Object.entries(draft?.overlay ?? {})) {
        if (now - typed.t < staleMs || (typed.r && now - typed.r < staleMs)) {
            continue;
        }

        const field = session.root.querySelector(`[data-draft-key="${CSS.escape(key)}"]`);
        if (field && field.value === typed.v) {
            typed.r = now;
            changed = true;
            try {
                field.dispatchEvent(new Event('input', { bubbles: true }));
                field.dispatchEvent(new Event('change', { bubbles: true }));
            } catch {
                // Still disconnected: the next round tries again.
            }
        }
    }

    if (changed) {
        store(session.reportId, draft);
    }

    showState();
}

// A line the server cannot write while it is unreachable: "not yet on the server, kept in this browser".
function showState() {
    if (!session) {
        return;
    }

    const line = session.root.querySelector('[data-local-state]');
    if (!line) {
        return;
    }

    const overlay = load(session.reportId)?.overlay ?? {};
    const now = Date.now();
    const pending = Object.values(overlay).some(typed => now - typed.t >= staleMs);
    line.textContent = pending ? session.pendingText : '';
    line.hidden = !pending;
}

// The element may come a render later (a tab's section renders after the tab strip has switched): wait a little.
export async function focusField(id) {
    for (let frame = 0; frame < 60; frame++) {
        const element = document.getElementById(id);
        if (element) {
            element.scrollIntoView({ block: 'center' });
            element.focus({ preventScroll: true });
            return true;
        }

        await new Promise(resolve => setTimeout(resolve, 16));
    }

    return false;
}

export function utcOffsetMinutes() {
    return -new Date().getTimezoneOffset();
}
