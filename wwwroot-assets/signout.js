// Signing out removes what this browser kept for the signed-in user: intake drafts hold a caller's personal data.
document.addEventListener("submit", event => {
    if (!(event.target instanceof HTMLFormElement) || !event.target.matches("form.cc-logout")) {
        return;
    }
    try {
        for (let i = localStorage.length - 1; i >= 0; i--) {
            const key = localStorage.key(i);
            if (key && key.startsWith("callcentre.")) {
                localStorage.removeItem(key);
            }
        }
    } catch {
        // Storage switched off: there is nothing to remove.
    }
}, true);
