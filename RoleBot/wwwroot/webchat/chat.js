// Starts Bot Framework Web Chat against RoleBot's own Direct Line (/v3/directline). The token comes from the
// page's backend (/api/webchat/token), so no secret ever reaches the browser.
(function () {
  'use strict';
  const root = document.getElementById('webchat');
  const notice = document.getElementById('notice');
  // The page's per-request nonce, which the Content-Security-Policy requires on Web Chat's style elements.
  const nonce = document.currentScript.nonce;

  // Never a blank page: whatever stops the chat from starting is said in words.
  function fail(message) {
    notice.textContent = message;
    notice.hidden = false;
  }

  // Cards are RoleBot's main answer format: wide enough for a comparison table, titles that wrap, local fonts.
  const styleOptions = {
    hideUploadButton: true,
    bubbleMaxWidth: 640,
    richCardWrapTitle: true,
    botAvatarInitials: 'RB',
    userAvatarInitials: 'You',
    primaryFont: "'Segoe UI', 'Liberation Sans', 'Helvetica Neue', Arial, sans-serif",
    sendBoxTextWrap: true,
  };

  async function start() {
    if (typeof window.WebChat === 'undefined') {
      // The server already explains a missing bundle; this covers a script that failed on the way.
      if (notice.hidden) fail('The Web Chat script did not load. Reload the page; if it persists, rebuild RoleBot with npm available (see "Chat in your browser" in the README).');
      return;
    }
    let token;
    try {
      const res = await fetch('/api/webchat/token', { method: 'POST' });
      if (!res.ok) throw new Error(`the server answered ${res.status} ${res.statusText}`);
      ({ token } = await res.json());
    } catch (e) {
      fail(`Could not start a conversation with RoleBot: ${e.message}. Check that the bot is running and reload the page.`);
      return;
    }
    const directLine = window.WebChat.createDirectLine({ token, domain: location.origin + '/v3/directline', webSocket: true });
    window.WebChat.renderWebChat({ directLine, locale: 'en-US', styleOptions, nonce }, root);
  }

  start();
})();
