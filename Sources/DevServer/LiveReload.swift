/// The reserved path of the event stream and the script that serve mode puts before `</body>`.
public enum LiveReload {
    public static let eventsPath = "/__kerne/events"

    /// Reloads the page after a good build; after a failed one, shows the diagnostics in a fixed
    /// overlay over the last good page. The build's `error` event carries data, which tells it
    /// apart from the `error` that `EventSource` fires itself when the connection drops.
    public static let script = """
    <script>
    (() => {
      const events = new EventSource("\(eventsPath)");
      let dropped = false;
      events.addEventListener("open", () => { if (dropped) location.reload(); });
      events.addEventListener("reload", () => location.reload());
      events.addEventListener("error", (event) => {
        if (typeof event.data !== "string") { dropped = true; return; }
        let overlay = document.getElementById("kerne-build-error");
        if (!overlay) {
          overlay = document.createElement("div");
          overlay.id = "kerne-build-error";
          overlay.setAttribute("role", "alert");
          overlay.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;padding:2rem;" +
            "background:#141414;color:#fafafa;font:14px/1.5 ui-monospace,monospace;text-align:left";
          const title = document.createElement("p");
          title.textContent = "kerne: the build failed. Fix the error and save; close this (×) to see the last good build.";
          title.style.cssText = "margin:0 0 1rem;color:#ff8a80;font-weight:bold";
          const text = document.createElement("pre");
          // The site's own styles for <pre> must not make the text unreadable.
          text.style.cssText = "margin:0;padding:0;border:0;background:none;color:inherit;font:inherit;white-space:pre-wrap";
          const close = document.createElement("button");
          close.textContent = "×";
          close.setAttribute("aria-label", "close");
          close.style.cssText = "position:absolute;top:.5rem;right:1rem;font-size:1.5rem;background:none;color:inherit;border:0;cursor:pointer";
          close.addEventListener("click", () => overlay.remove());
          overlay.append(close, title, text);
          document.body.append(overlay);
        }
        overlay.querySelector("pre").textContent = event.data;
      });
    })();
    </script>
    """
}
