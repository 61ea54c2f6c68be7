/* The chat panel: sends what the tenant types (or the quick reply they choose) to this site's relay
   and shows the assistant's replies. Plain JavaScript, nothing loaded from elsewhere. Messages are
   built as text nodes and links from the server's segments, never inserted as HTML. */
(function () {
  "use strict";

  var panel = document.getElementById("chat");
  if (!panel || !window.fetch) { return; }
  var log = document.getElementById("chat-log");
  var form = document.getElementById("chat-form");
  var input = document.getElementById("chat-input");
  var choices = document.getElementById("quick-replies");
  var typing = document.getElementById("chat-typing");
  var token = document.querySelector('meta[name="csrf-token"]').getAttribute("content");
  var busy = false;

  function scrollToEnd() { log.scrollTop = log.scrollHeight; }

  function appendSegments(parent, segments) {
    segments.forEach(function (segment) {
      if (segment.href) {
        var link = document.createElement("a");
        link.href = segment.href;
        link.textContent = segment.text;
        if (/^https?:/.test(segment.href)) { link.rel = "noopener"; }
        parent.appendChild(link);
      } else {
        parent.appendChild(document.createTextNode(segment.text));
      }
    });
  }

  function addMessage(who, segments, alert) {
    var item = document.createElement("div");
    item.className = "msg msg--" + who + (alert ? " msg--alert" : "");
    var speaker = document.createElement("span");
    speaker.className = "visually-hidden";
    speaker.textContent = who === "user" ? "You said: " : "Assistant said: ";
    var text = document.createElement("p");
    text.className = "msg__text";
    appendSegments(text, segments);
    item.appendChild(speaker);
    item.appendChild(text);
    log.appendChild(item);
    scrollToEnd();
  }

  function showChoices(buttons) {
    choices.textContent = "";
    buttons.forEach(function (button) {
      var element = document.createElement("button");
      element.type = "button";
      element.className = "choice";
      element.textContent = button.title;
      element.setAttribute("data-payload", button.payload);
      choices.appendChild(element);
    });
    choices.hidden = buttons.length === 0;
  }

  function setTyping(on) {
    typing.textContent = on ? "The assistant is typing" : "";
    typing.classList.toggle("is-active", on);
  }

  function unreachable() {
    addMessage("bot", [
      { text: "Sorry, we cannot reach the assistant just now. Please ring us on " },
      { text: panel.getAttribute("data-phone"), href: panel.getAttribute("data-phone-href") },
      { text: " to report your repair." }
    ], true);
  }

  function send(text, title) {
    text = text.trim();
    if (busy || !text) { return; }
    busy = true;
    addMessage("user", [{ text: title || text }]);
    showChoices([]);
    setTyping(true);
    var body = title ? { message: text, title: title } : { message: text };
    fetch(form.getAttribute("action"), {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "Accept": "application/json", "X-CSRF-Token": token },
      body: JSON.stringify(body)
    }).then(function (response) {
      return response.json().then(function (data) {
        return { ok: response.ok, data: data };
      }, function () { return { ok: false, data: null }; });
    }).then(function (result) {
      setTyping(false);
      if (result.ok && result.data && result.data.messages) {
        var buttons = [];
        result.data.messages.forEach(function (message) {
          if (message.segments.length) { addMessage("bot", message.segments); }
          if (message.buttons.length) { buttons = message.buttons; }
        });
        showChoices(buttons);
      } else if (result.data && result.data.segments) {
        addMessage("bot", result.data.segments, true);
      } else {
        unreachable();
      }
    }, function () {
      setTyping(false);
      unreachable();
    }).then(function () { busy = false; });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var text = input.value;
    if (busy || !text.trim()) { input.focus(); return; }
    input.value = "";
    send(text);
    input.focus();
  });

  choices.addEventListener("click", function (event) {
    var button = event.target.closest("button.choice");
    if (!button || busy) { return; }
    // The chosen button disappears with the others, so focus goes back to the message box.
    input.focus();
    send(button.getAttribute("data-payload"), button.textContent);
  });

  scrollToEnd();
}());
