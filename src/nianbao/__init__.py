"""nianbao (年报): compile, check and publish the annual quality report of a vocational college."""

__version__ = "0.1.0"
