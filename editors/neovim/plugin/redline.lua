vim.api.nvim_create_user_command('RedlineScanWorkspace', function()
  require('redline').scan_workspace()
end, { desc = 'Redline: scan every file of the workspace (or the current directory)' })
