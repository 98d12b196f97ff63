-- Redline for Neovim versions before 0.11 (or without `vim.lsp.enable`):
--   require('redline').setup({ cmd = { '/path/to/redline', 'lsp' }, init_options = { severity = 'medium' } })
local M = {}

local defaults = {
  cmd = { 'redline', 'lsp' },
  filetypes = require('redline.filetypes'),
  root_markers = { 'redline.toml', '.git' },
  init_options = {},
}

local function root_dir(bufnr, markers)
  local name = vim.api.nvim_buf_get_name(bufnr)
  local start = name ~= '' and vim.fs.dirname(name) or vim.fn.getcwd()
  local found = vim.fs.find(markers, { path = start, upward = true })[1]
  return found and vim.fs.dirname(found) or start
end

function M.setup(opts)
  local config = vim.tbl_deep_extend('force', defaults, opts or {})
  vim.api.nvim_create_autocmd('FileType', {
    group = vim.api.nvim_create_augroup('redline', { clear = true }),
    pattern = config.filetypes,
    callback = function(args)
      vim.lsp.start({
        name = 'redline',
        cmd = config.cmd,
        root_dir = root_dir(args.buf, config.root_markers),
        init_options = config.init_options,
      }, { bufnr = args.buf })
    end,
  })
end

--- Scans every file of the workspace (files not open too), with progress.
function M.scan_workspace()
  for _, client in ipairs(vim.lsp.get_clients({ name = 'redline' })) do
    client:exec_cmd({ title = 'Scan workspace', command = 'redline.scanWorkspace', arguments = {} })
  end
end

return M
