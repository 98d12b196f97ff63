-- Redline for Neovim 0.11+: `vim.lsp.enable('redline')` picks this file up from 'runtimepath'.
-- Override any field with `vim.lsp.config('redline', { ... })`.
return {
  cmd = { 'redline', 'lsp' },
  filetypes = require('redline.filetypes'),
  root_markers = { 'redline.toml', '.git' },
  -- Settings sent as initializationOptions; see the README for every key.
  init_options = {},
  settings = { redline = {} },
}
