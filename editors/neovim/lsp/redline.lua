-- Redline for Neovim 0.11+: `vim.lsp.enable('redline')` picks this file up from 'runtimepath'.
-- Override any field with `vim.lsp.config('redline', { ... })`, e.g.
--   vim.lsp.config('redline', { init_options = { severity = 'medium', disable = { 'secrets.generic-*' } } })
-- Settings go in `init_options` or `settings = { redline = { ... } }`; the server merges what
-- `settings` names into `init_options`, so either works and neither resets the other.
return {
  cmd = { 'redline', 'lsp' },
  filetypes = require('redline.filetypes'),
  -- Without `redline.toml` or `.git` above the file, Neovim starts the server with no
  -- workspace folder; `:RedlineScanWorkspace` then scans the current directory.
  root_markers = { 'redline.toml', '.git' },
  init_options = {},
}
