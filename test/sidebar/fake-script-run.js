// A fake google.script.run for the sidebar tests, injected with page.addInitScript before the page loads.
// Plain JavaScript read from disk, so coverage instrumentation never touches what runs in the browser.
// `installFakeScriptRun(scenario)`: scenario.answers maps a server function name to {value} or {error} (or to a list of
// them, answered in turn); names listed in scenario.hold answer only when the test calls window.__release().

/* exported installFakeScriptRun */
// biome-ignore lint/correctness/noUnusedVariables: called by the page, where addInitScript puts this file
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

  function named(name) {
    return function (call) {
      return call.name === name;
    };
  }

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
        // A list answers call after call, its last answer repeating.
        if (Array.isArray(answer)) answer = answer[Math.min(calls.filter(named(name)).length, answer.length) - 1];
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
