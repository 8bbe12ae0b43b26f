import FieldSpec
import ZephyrClient
