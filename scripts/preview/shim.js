// google.script.run for `npm run preview`: each server call is a POST to the preview server, which runs
// build/Code.js in the Apps Script emulation. Injected into build/Sidebar.html before the sidebar's script.
(function () {
  function post(name, args, onSuccess, onFailure) {
    fetch('/run', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: name, args: args }),
    })
      .then(function (response) {
        return response.json();
      })
      .then(function (answer) {
        if (answer.ok) {
          if (onSuccess) onSuccess(answer.value);
        } else if (onFailure) {
          onFailure(new Error(answer.message));
        }
      })
      .catch(function (error) {
        if (onFailure) onFailure(new Error('Máy chủ xem thử không trả lời: ' + error.message));
      });
  }

  function runner(names, onSuccess, onFailure) {
    var run = {
      withSuccessHandler: function (handler) {
        return runner(names, handler, onFailure);
      },
      withFailureHandler: function (handler) {
        return runner(names, onSuccess, handler);
      },
    };
    names.forEach(function (name) {
      run[name] = function () {
        post(name, Array.prototype.slice.call(arguments), onSuccess, onFailure);
      };
    });
    return run;
  }

  window.google = { script: { run: runner(window.__PREVIEW_FUNCTIONS__ || [], null, null) } };
})();
