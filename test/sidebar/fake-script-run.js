// A fake google.script.run for the sidebar tests, injected with page.addInitScript before the page loads.
// Plain JavaScript read from disk, so coverage instrumentation never touches what runs in the browser.
// `installFakeScriptRun(scenario)`: scenario.answers maps a server function name to {value} or {error};
// names listed in scenario.hold answer only when the test calls window.__release().

/* exported installFakeScriptRun */
function installFakeScriptRun(scenario) {
  var calls = [];
  var held = [];
  window.__calls = calls;
  window.__release = function () {
    var list = held.splice(0);
    list.forEach(function (respond) {
      respond();
    });
    return list.length;
  };

  function runner(onSuccess, onFailure) {
    var run = {
      withSuccessHandler: function (handler) {
        return runner(handler, onFailure);
      },
      withFailureHandler: function (handler) {
        return runner(onSuccess, handler);
      },
    };
    Object.keys(scenario.answers).forEach(function (name) {
      run[name] = function () {
        var args = Array.prototype.slice.call(arguments);
        calls.push({ name: name, args: JSON.parse(JSON.stringify(args)) });
        var answer = scenario.answers[name];
        function respond() {
          if ('error' in answer) {
            if (onFailure) onFailure(new Error(answer.error));
          } else if (onSuccess) {
            // Like HtmlService, hand over a copy, never the same object twice.
            onSuccess(answer.value === undefined ? undefined : JSON.parse(JSON.stringify(answer.value)));
          }
        }
        if ((scenario.hold || []).indexOf(name) >= 0) held.push(respond);
        else setTimeout(respond, 0);
      };
    });
    return run;
  }

  window.google = { script: { run: runner(null, null) } };
}
