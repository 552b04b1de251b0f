// The intake page's browser side: keyboard shortcuts, focus, the clipboard, and the draft kept in localStorage.
// Shortcuts are matched on KeyboardEvent.code, so they work the same with the Mongolian Cyrillic layout, and are caught on
// the window in the capture phase, before MudBlazor's own key handling (Enter would otherwise pick an autocomplete item).

let listener = null;

function shortcutFor(e) {
    if (e.metaKey) {
        return null;
    }

    const enter = e.code === 'Enter' || e.code === 'NumpadEnter';
    if ((e.ctrlKey && !e.altKey && enter) || (e.altKey && !e.ctrlKey && e.code === 'KeyS')) {
        return 'save';
    }

    if (e.altKey && e.code === 'KeyN') {
        return 'new';
    }

    if (e.altKey && !e.ctrlKey && e.code === 'KeyH') {
        return 'history';
    }

    if (e.altKey && !e.ctrlKey && e.code === 'KeyP') {
        return 'phone';
    }

    return null;
}

export function registerShortcuts(dotnet) {
    unregisterShortcuts();
    listener = e => {
        const action = shortcutFor(e);
        if (action === null) {
            return;
        }

        e.preventDefault();
        e.stopImmediatePropagation();
        if (!e.repeat) {
            dotnet.invokeMethodAsync('OnShortcut', action);
        }
    };
    window.addEventListener('keydown', listener, true);
}

export function unregisterShortcuts() {
    if (listener !== null) {
        window.removeEventListener('keydown', listener, true);
        listener = null;
    }
}

export function focusElement(id) {
    const element = document.getElementById(id);
    if (element === null) {
        return false;
    }

    element.focus();
    return true;
}

export function focusFirstIn(containerId) {
    const element = document.querySelector(`#${containerId} a[href], #${containerId} button:not([disabled])`);
    if (element === null) {
        return false;
    }

    element.focus();
    return true;
}

export async function copyText(text) {
    try {
        await navigator.clipboard.writeText(text);
        return true;
    } catch {
        return false;
    }
}

// Storage can be full or switched off; a draft that cannot be kept must not break the form.
export function loadDraft(key) {
    try {
        return localStorage.getItem(key);
    } catch {
        return null;
    }
}

export function saveDraft(key, json) {
    try {
        localStorage.setItem(key, json);
    } catch {
        // ignored: see above
    }
}

export function clearDraft(key) {
    try {
        localStorage.removeItem(key);
    } catch {
        // ignored: see above
    }
}
