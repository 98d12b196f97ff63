-- End-to-end test in a real Neovim: load the plugin from editors/neovim, open a file, type an
-- insecure line, wait for Redline's diagnostic, apply the offered quick fix through Neovim's own
-- vim.lsp.buf.code_action, and check the buffer's new text. Prints REDLINE_E2E_OK on success.
-- Run: REDLINE_BIN=target/debug/redline REDLINE_WORKDIR=$(mktemp -d) nvim --headless --clean -l editors/neovim/test/e2e.lua
local plugin = vim.fs.dirname(vim.fs.dirname(debug.getinfo(1, 'S').source:sub(2)))
vim.opt.rtp:prepend(plugin)
vim.cmd('runtime plugin/redline.lua')

local bin = assert(os.getenv('REDLINE_BIN'), 'REDLINE_BIN is not set')
local dir = assert(os.getenv('REDLINE_WORKDIR'), 'REDLINE_WORKDIR is not set')

local function fail(msg)
  io.stderr:write('REDLINE_E2E_FAIL: ' .. msg .. '\n')
  os.exit(1)
end

vim.lsp.config('redline', { cmd = { bin, 'lsp' } })
vim.lsp.enable('redline')
vim.cmd.edit(dir .. '/loader.py')
vim.bo.filetype = 'python'

if not vim.wait(15000, function() return #vim.lsp.get_clients({ bufnr = 0, name = 'redline' }) > 0 end, 50) then
  fail('the redline client did not attach')
end
local client = vim.lsp.get_clients({ bufnr = 0, name = 'redline' })[1]
if not vim.wait(15000, function() return client.initialized end, 50) then
  fail('the server did not initialize')
end

-- "Type" an insecure line as an agent would.
vim.api.nvim_buf_set_lines(0, 0, -1, false, { 'import yaml', '', 'def load(stream):', '    return yaml.load(stream)' })

local function redline_diags()
  return vim.tbl_filter(function(d) return d.source == 'redline' end, vim.diagnostic.get(0))
end
if not vim.wait(15000, function() return #redline_diags() > 0 end, 50) then
  fail('no diagnostic from redline')
end
local diag = redline_diags()[1]
if diag.code ~= 'python.yaml-load-without-loader' then
  fail('unexpected diagnostic ' .. tostring(diag.code))
end
print('diagnostic: ' .. diag.code .. ' at line ' .. (diag.lnum + 1))

-- Apply the preferred quick fix through Neovim's own code action machinery.
vim.api.nvim_win_set_cursor(0, { diag.lnum + 1, diag.col })
vim.lsp.buf.code_action({
  apply = true,
  context = { only = { 'quickfix' }, diagnostics = {} },
  filter = function(action) return action.isPreferred == true end,
})
local want = '    return yaml.safe_load(stream)'
if not vim.wait(15000, function() return vim.api.nvim_buf_get_lines(0, 3, 4, false)[1] == want end, 50) then
  fail('quick fix not applied; line 4 is: ' .. tostring(vim.api.nvim_buf_get_lines(0, 3, 4, false)[1]))
end
-- And the diagnostic goes away.
if not vim.wait(15000, function() return #redline_diags() == 0 end, 50) then
  fail('diagnostic still present after the fix')
end
print('REDLINE_E2E_OK')
vim.cmd('qa!')
