raise ValueError('boom in submodule')
