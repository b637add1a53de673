// The NL Design System packages export for `import` only; Jest resolves with CommonJS conditions.
// Resolve those packages with `import` (SWC then turns them into CommonJS), everything else as usual.
module.exports = (request, options) =>
  options.defaultResolver(request, {
    ...options,
    conditions: request.startsWith('@utrecht/') ? ['import', 'default'] : options.conditions,
  });
