# Hostile: hands the product to cuBLAS through the @ operator instead of writing a kernel.
import torch
import torch.nn as nn


class ModelNew(nn.Module):
    def __init__(self):
        super().__init__()

    def forward(self, a, b):
        return a @ b
