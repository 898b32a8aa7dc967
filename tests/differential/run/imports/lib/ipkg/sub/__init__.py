from .. import value as parent_value
from ..helper import twice
