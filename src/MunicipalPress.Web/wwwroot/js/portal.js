// The portal's own browser code that is not a page's: theme choice, phone width, and the .NET 10 circuit's
// reconnect and pause/resume (the dialog is Components/Layout/ReconnectModal.razor).
window.mpPortal = (() => {
    const themeKey = "mp-theme";

    function prefersDark() {
        const chosen = localStorage.getItem(themeKey);
        if (chosen === "dark" || chosen === "light") {
            return chosen === "dark";
        }
        return window.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false;
    }

    function setTheme(value) {
        localStorage.setItem(themeKey, value);
    }

    function isNarrow() {
        return window.matchMedia("(max-width: 959.98px)").matches;
    }

    return { prefersDark, setTheme, isNarrow };
})();

(() => {
    // A tab left in the background this long gives its circuit's memory back to the server (Blazor.pauseCircuit);
    // it resumes when the reader returns. Unsaved form text has long been autosaved by then, and the browser copy
    // covers the rest.
    const pauseAfterHiddenMs = 10 * 60 * 1000;
    let pauseTimer = null;
    let paused = false;

    function dialog() {
        return document.getElementById("components-reconnect-modal");
    }

    // While the script retries on its own, the notice is not modal: a modal dialog makes the page inert, and the
    // press officer must be able to keep typing (the browser copy keeps the text until the circuit is back). Once
    // the user has to act (retry, resume, reload), it is modal.
    function show(modal) {
        const element = dialog();
        if (!element) {
            return;
        }
        if (element.open && element.matches(":modal") === modal) {
            return;
        }
        if (element.open) {
            element.close();
        }
        if (modal) {
            element.showModal();
        } else {
            element.show();
        }
    }

    function hide() {
        const modal = dialog();
        if (modal?.open) {
            modal.close();
        }
    }

    async function retry() {
        try {
            const reconnected = await Blazor.reconnect();
            if (!reconnected) {
                // The server no longer knows the circuit: try to resume it from its persisted state, else reload.
                const resumed = await Blazor.resumeCircuit();
                if (!resumed) {
                    location.reload();
                    return;
                }
                hide();
            }
        } catch {
            document.addEventListener("visibilitychange", retryWhenVisible);
        }
    }

    async function resume() {
        try {
            const resumed = await Blazor.resumeCircuit();
            if (!resumed) {
                location.reload();
                return;
            }
            paused = false;
            hide();
        } catch {
            dialog()?.classList.replace("components-reconnect-paused", "components-reconnect-resume-failed");
            show(true);
        }
    }

    async function retryWhenVisible() {
        if (document.visibilityState === "visible") {
            document.removeEventListener("visibilitychange", retryWhenVisible);
            await retry();
        }
    }

    function onStateChanged(event) {
        const state = event.detail.state;
        const seconds = document.getElementById("components-seconds-to-next-attempt");
        if (seconds && event.detail.secondsToNextAttempt !== undefined) {
            seconds.textContent = event.detail.secondsToNextAttempt;
        }
        if (state === "show" || state === "retrying") {
            show(false);
        } else if (state === "failed" || state === "paused" || state === "resume-failed") {
            show(true);
        } else if (state === "hide") {
            hide();
        } else if (state === "rejected") {
            location.reload();
        }
        if (state === "failed") {
            document.addEventListener("visibilitychange", retryWhenVisible);
        }
    }

    function onVisibility() {
        if (typeof Blazor === "undefined" || typeof Blazor.pauseCircuit !== "function") {
            return;
        }
        if (document.visibilityState === "hidden") {
            pauseTimer = setTimeout(async () => {
                paused = await Blazor.pauseCircuit();
            }, pauseAfterHiddenMs);
        } else {
            clearTimeout(pauseTimer);
            if (paused) {
                resume();
            }
        }
    }

    document.addEventListener("DOMContentLoaded", () => {
        const modal = dialog();
        if (!modal) {
            return;
        }
        modal.addEventListener("components-reconnect-state-changed", onStateChanged);
        document.getElementById("components-reconnect-button")?.addEventListener("click", retry);
        document.getElementById("components-resume-button")?.addEventListener("click", resume);
        document.getElementById("components-reload-button")?.addEventListener("click", () => location.reload());
        document.addEventListener("visibilitychange", onVisibility);
    });
})();
