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
  -- No marker: the current directory, as `:RedlineScanWorkspace` would scan it.
  return found and vim.fs.dirname(found) or vim.fn.getcwd()
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

local function clients()
  -- `vim.lsp.get_clients` is 0.10+; `get_active_clients` before.
  if vim.lsp.get_clients then
    return vim.lsp.get_clients({ name = 'redline' })
  end
  return vim.lsp.get_active_clients({ name = 'redline' })
end

--- Scans every file of the workspace (files not open too). The server reports progress with
--- `$/progress` and the outcome with a message on screen.
function M.scan_workspace()
  local running = clients()
  if #running == 0 then
    vim.notify('Redline is not running: open a file it analyses first', vim.log.levels.WARN)
    return
  end
  local params = { command = 'redline.scanWorkspace', arguments = {} }
  for _, client in ipairs(running) do
    if client.exec_cmd then
      -- 0.11+: method call.
      client:exec_cmd({ title = 'Scan workspace', command = params.command, arguments = params.arguments })
    else
      -- Before 0.11 `client.request` is a field taking the method first.
      client.request('workspace/executeCommand', params, function(err)
        if err then
          vim.notify('Redline: workspace scan failed: ' .. tostring(err.message), vim.log.levels.ERROR)
        end
      end, 0)
    end
  end
  vim.notify('Redline: scanning the workspace…', vim.log.levels.INFO)
end

return M
